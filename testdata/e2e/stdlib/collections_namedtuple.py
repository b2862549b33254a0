from collections import namedtuple
import collections

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
q = Point(x=3, y=4)
r = Point(5, y=6)
print(p, q, r)
print(p.x + p.y, q[0], q[-1], len(r))
a, b = q
print(a, b)
print(p == (1, 2), p == Point(1, 2), p != q, (1, 2) == p)
print(p._replace(y=9), p._asdict(), Point._fields, p._fields)
Color = collections.namedtuple("Color", "red, green blue", defaults=[0])
c = Color(255, 128)
print(c, c.blue, repr(c), str(c))
print(Color._field_defaults, Color._make([1, 2, 3]))
pts = [Point(3, 1), Point(1, 5), Point(1, 2)]
print(sorted(pts))
print(min(pts), max(pts, key=lambda t: t.y))
seen = {Point(1, 2): "a"}
seen[Point(1, 2)] = "b"
seen[(3, 4)] = "c"
print(seen, seen[(1, 2)], Point(3, 4) in seen)
print(p[0:1], p + (3,), p * 2)
for f, v in zip(Point._fields, p):
    print(f, v)
def dist(pt):
    return (pt.x ** 2 + pt.y ** 2) ** 0.5
print(dist(Point(3, 4)))
print(f"{p.x}-{p.y} {p}")
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
