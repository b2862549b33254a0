import sys
import math
import operator
from collections import Counter

def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    return {"n": n, "mean": mean, "std": math.sqrt(var), "min": min(xs), "max": max(xs)}

def histogram(xs, bins=4):
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        i = min(int((x - lo) / width), bins - 1)
        counts[i] += 1
    return [(lo + i * width, c) for i, c in enumerate(counts)]

data = [2.5, 3.1, 4.7, 1.2, 9.9, 5.5, 5.5, 7.0]
s = stats(data)
print(*[f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in s.items()], sep=", ")
for start, c in histogram(data):
    print(f"{start:6.2f} | {'#' * c:<5}| {c}")
print("no newline", end="")
print(" ...continued")
sys.stdout.write("written\n")
sys.stdout.flush()
pairs = {"a": 3, "b": 1, "c": 2}
print(sorted(pairs.items(), key=operator.itemgetter(1)))
print(dict(zip("xyz", range(3))), list(enumerate(zip("ab", "cd"), 1)))
print(int("ff", 16), int("0b101", 2), int("  42 "), float("1e3"), float("inf") > 1e308, math.isnan(float("nan")))
print(divmod(17, 5), divmod(-7, 2), -7 // 2, -7 % 2, 7 % -3, round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(math.floor(-2.5), math.ceil(2.1), math.pi, math.gcd(12, 18), math.factorial(20), 2 ** 70)
print(max([], default="empty"), min([3, 1, 2], key=lambda v: -v), abs(-3.5), pow(2, 10, 1000))
print(1 < 2 < 3, 1 < 3 < 2, "abc" < "abd", (1, 2) < (1, 3), [1, 2] == [1, 2])
if (n := len(data)) > 5:
    print("walrus", n)
c = Counter(w for w in "a b a c b a".split())
print(c, c.most_common(1)[0], sum(c.values()), list(c.elements())[:3])
total = 0
def add(v):
    global total
    total += v
for v in range(5):
    add(v)
print(total, f"{total!r:>5}", f"{3.14159:.2}", f"{1234567.891:,.2f}", f"{0.25:%}", f"{42:08.3f}", f"{-5:+}")
print(str(1.0), str(1e16), str(1e-5), repr(0.1 + 0.2), 10 / 4, 10 // 4, 2 ** -1)
print(bool([]), bool("0"), None is None, type(None).__name__, [] or "default", 0 and 5)
x = [1, 2, 3, 4, 5, 6]
print(x[::2], x[1:-1], x[-2:], x[::-2], x[10:], len(x[:0]))
x[1:3] = [20, 30, 40]
del x[0]
print(x, x.index(40), x.count(5), 40 in x)
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m, [row[:] for row in m] == m)
print("%s has %d items costing %.2f" % ("cart", 3, 9.5), "%(a)s-%(b)s" % {"a": 1, "b": 2})
print(sys.argv[0].endswith(".py"), len(sys.argv))
