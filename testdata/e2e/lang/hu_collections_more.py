# collections: OrderedDict/defaultdict setdefault, pop, update, Counter(**kw)
# and its operators, deque remove/insert/index/reverse, defaultdict(set),
# list() of the dict views.
from collections import OrderedDict, Counter, deque, defaultdict
od = OrderedDict([("b", 2), ("a", 1)])
od.setdefault("c", 3)
print(od.popitem(last=False), od.popitem(), od)
od["x"] = 9
od.update({"y": 8})
print(list(od.items()), od.get("q", 0), od.pop("x"), len(od), "y" in od)
c = Counter()
c.update("hello world")
c.subtract("lo")
print(c.most_common(3), sorted(c.elements())[:5], c.total())
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1), c2 - Counter(a=5), c2 & Counter(a=1, b=2), c2 | Counter(b=4))
dq = deque([1, 2, 3])
dq.appendleft(0)
dq.extendleft([-1, -2])
dq.extend([4, 5])
print(dq, dq.popleft(), dq.pop(), dq.count(2), len(dq))
dq.remove(2)
dq.insert(1, 99)
dq.reverse()
print(dq, dq.index(99), list(reversed(dq)))
dq.clear()
print(dq, bool(dq))
dd = defaultdict(set)
for w in ["ab", "ac", "bd"]:
    dd[w[0]].add(w)
print(sorted((k, sorted(v)) for k, v in dd.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], dict(nested["x"]), len(nested))
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0])))
print(Counter("abracadabra").most_common()[-1], Counter({"a": 2})["b"])
