# dict methods on dicts made with dict().
d = dict(a=1, b=2)
d["c"] = 3
print(d, len(d), d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
print(d.pop("b"), d.pop("missing", "dflt"), d)
d.update([("x", 9), ("a", -1)])
print(d)
e = d.copy()
e["only"] = True
print("only" in d, "only" in e, "a" in d)
print(d.popitem(), d)
d.clear()
print(d, len(d))
try:
    d.pop("nope")
except KeyError as err:
    print("KeyError:", err)
