# ** unpacking in dict displays: merging configs, Counters and
# defaultdicts, a non-mapping refused at run time as in Python.
from collections import Counter, OrderedDict, defaultdict
defaults = {"host": "localhost", "port": 80, "debug": False}
overrides = {"port": 8080}
cfg = {**defaults, **overrides, "debug": True}
print(cfg)
print({**cfg})
def merge(*ds):
    out = {}
    for d in ds:
        out = {**out, **d}
    return out
print(merge({"a": 1}, {"b": 2}, {"a": 3}))
print({"x": 1, **Counter("aab")})
dd = defaultdict(int)
dd["a"] += 1
od = OrderedDict()
od["z"] = 0
print({**dd, **od})
try:
    print({**[1, 2]})
except TypeError as e:
    print("TypeError:", e)
