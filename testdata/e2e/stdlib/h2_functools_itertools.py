import functools
import itertools
from collections import deque, OrderedDict, Counter, defaultdict

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        print(f"called {fn.__name__}{args} -> {r!r}")
        return r
    return wrapper

@timed
def add(a, b=2):
    """Add things."""
    return a + b

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def chunks(it, n):
    it = iter(it)
    while True:
        block = list(itertools.islice(it, n))
        if not block:
            return
        yield block

def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonempty = (l for l in stripped if l)
    upper = map(str.upper, nonempty)
    return list(upper)

def main():
    add(1)
    add(3, b=4)
    print(add.__name__, add.__doc__)
    print(fib(60), fib.cache_info().hits > 0)
    print(list(chunks(range(7), 3)))
    print(pipeline(["  a ", "", "b", "   "]))
    d = deque(maxlen=3)
    for i in range(6):
        d.append(i)
    print(d, list(d), d[0], len(d))
    d.appendleft(99)
    d.rotate(1)
    print(d)
    od = OrderedDict()
    od["b"] = 1
    od["a"] = 2
    od.move_to_end("b")
    print(od, list(od.keys()))
    print(od.popitem(last=False))
    c = Counter("mississippi")
    print(c.most_common(2), c["s"], c["z"])
    c2 = Counter(a=1, s=10)
    print((c + c2).most_common(1), (c - c2))
    dd = defaultdict(lambda: defaultdict(int))
    for word in "the cat the dog a cat".split():
        dd[len(word)][word] += 1
    print({k: dict(v) for k, v in sorted(dd.items())})
    data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
    for key, grp in itertools.groupby(data, key=lambda p: p[0]):
        print(key, [v for _, v in grp])
    print(list(itertools.accumulate([1, 2, 3, 4])))
    print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
    print(list(itertools.product("ab", repeat=2)))
    print(list(itertools.chain.from_iterable([[1], [2, 3]])))
    print(list(itertools.combinations([1, 2, 3], 2)), list(itertools.permutations("ab")))
    print(functools.reduce(lambda a, b: a * b, range(1, 6)))
    p = functools.partial(add, b=10)
    print(p(5))
    print(list(zip(*[(1, 'a'), (2, 'b')])))
    print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
    print(dict(enumerate("abc", start=1)))

main()
