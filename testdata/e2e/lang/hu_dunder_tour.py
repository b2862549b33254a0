# A class with the usual dunders (abs, len, getitem, iter, add, mul, eq,
# bool), namedtuple methods, star arguments, walrus, set order
# comparisons and a tour of builtins and str methods.
from collections import namedtuple
import math

class Vector:
    count = 0
    def __init__(self, *coords):
        self.coords = list(coords)
        Vector.count += 1
    def __repr__(self):
        return f"Vector({', '.join(map(str, self.coords))})"
    def __str__(self):
        return "<" + ", ".join(f"{c:g}" for c in self.coords) + ">"
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __iter__(self):
        return iter(self.coords)
    def __add__(self, other):
        return Vector(*[a + b for a, b in zip(self, other)])
    def __mul__(self, k):
        return Vector(*[a * k for a in self])
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __abs__(self):
        return math.sqrt(sum(c * c for c in self))
    def __bool__(self):
        return any(self.coords)
    @classmethod
    def zero(cls, n):
        return cls(*([0] * n))
    @property
    def dim(self):
        return len(self.coords)

v = Vector(1, 2, 3)
w = Vector(0.5, 0, -1)
print(v, repr(w), v + w, v * 2, abs(Vector(3, 4)))
print(len(v), v[0], v[-1], list(v), 2 in v, v == Vector(1, 2, 3), v != w)
print(bool(Vector.zero(3)), Vector.zero(2), v.dim, Vector.count)
print(sorted([Vector(3), Vector(1), Vector(2)], key=abs))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), P._fields, tuple(p))
x, *rest = [1, 2, 3, 4]
print(x, rest)
def f(a, b=2, *args, key=None, **kw):
    return a, b, args, key, sorted(kw.items())
print(f(1), f(1, 3, 4, 5, key="k", z=1, y=2))
args = (10, 20)
opts = {"key": "kk"}
def g(a, b, key=None):
    return a, b, key
print(g(*args, **opts))
if (n := len(rest)) > 2:
    print("walrus", n)
data = {"b": 2, "a": 1}
data.update(c=3)
print(data.pop("a"), data.get("zz", "dflt"), list(data))
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 <= {1, 2, 3, 4})
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** -1, round(2.5), round(3.5), round(2.675, 2), int("0x1f", 16), 1_000_000)
print(f"{'a':>3}{'b':<3}|", "x".join(["1", "2"]), "  pad ".strip(), "a,b,,c".split(","), "CamelCase".swapcase())
print(str(None), repr("q'uote"), repr('d"q'), ascii("é"), "%s|%-4s|%4s" % ("a", "b", "c"))
print(max([3, 1, 2]), min("bca"), sum([0.1] * 10), abs(-3), pow(2, 10), pow(2, 10, 7), hex(255), oct(8), bin(5), chr(65), ord("a"))
