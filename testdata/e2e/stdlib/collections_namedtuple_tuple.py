from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point, type(p).__name__)
print(p in [Point(1, 2)], len({Point(1, 2), Point(1, 2), (1, 2)}))
print(max([Point(1, 5), Point(2, 0)]), sum(Point(3, 4)), list(p), tuple(p))
x, *rest = Point(7, 8)
print(x, rest, p.count(1), p.index(2), hash(p) == hash((1, 2)))
print(str(p), f"{p!r}", "%s" % (p,))
print([q.x for q in sorted([Point(2, 1), Point(1, 1)], key=lambda q: (q.y, q.x))])
def shift(pt, dx=1):
    return pt._replace(x=pt.x + dx)
print(shift(p), shift(p, 5))
print(isinstance(p, tuple))
