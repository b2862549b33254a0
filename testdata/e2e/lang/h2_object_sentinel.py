_MISSING = object()

class Box(object):
    def __init__(self, v=_MISSING):
        self.v = v
    def has(self):
        return self.v is not _MISSING

def lookup(d, k, default=_MISSING):
    v = d.get(k, _MISSING)
    if v is _MISSING:
        if default is _MISSING:
            raise KeyError(k)
        return default
    return v

print(Box().has(), Box(3).has())
print(lookup({"a": 1}, "a"), lookup({}, "b", 5))
print(_MISSING == _MISSING, _MISSING != object(), type(_MISSING).__name__)
print(repr(_MISSING).startswith("<object object at"))
s = {_MISSING, _MISSING}
print(len(s))
try:
    lookup({}, "zz")
except KeyError as e:
    print("KeyError", e)
