"""Keyword arguments to dict(), defaultdict() and OrderedDict() (with
**mappings, in source order), map() over several iterables (stops at the
shortest), zip(strict=True) and its errors, enumerate(start=)."""
from collections import OrderedDict, defaultdict


def scale(x, factor):
    return x * factor


def blend(name, weight, bonus):
    return f"{name}:{weight + bonus}"


defaults = {"host": "localhost", "port": 8080}
config = dict(defaults, port=9000, debug=True)
print(config)
print(dict(a=1, **defaults), dict(**defaults, z=0), dict([("p", 1)], z=2, a=3))
counts = defaultdict(int, apples=3)
for fruit in ["pear", "apples", "pear"]:
    counts[fruit] += 1
print(counts)
groups = defaultdict(list, {"x": [1]}, y=[2])
groups["x"].append(3)
print(groups, sorted(groups))
od = OrderedDict(defaults, tls=False)
od.move_to_end("host")
print(od, OrderedDict(b=2, a=1))
print(list(map(scale, [1, 2, 3, 4], [10, 100])))
print(list(map(blend, ["ann", "bob", "cy"], [1.5, 2.5, 3.5], range(10))))
total = sum(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6]))
print(total)
for n, (k, v) in enumerate(config.items(), start=1):
    print(n, k, v)
print(list(enumerate("abc", 10)), list(zip("ab", [1, 2], strict=True)))
for left, right in [([1, 2, 3], "ab"), ([1], "ab")]:
    try:
        print(list(zip(left, right, strict=True)))
    except ValueError as err:
        print("ValueError:", err)
try:
    for triple in zip([1, 2], [3, 4], [5], strict=True):
        print(triple)
except ValueError as err:
    print("ValueError:", err)
try:
    for triple in zip([1], [3], [5, 6], strict=True):
        print(triple)
except ValueError as err:
    print("ValueError:", err)
