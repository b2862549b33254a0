from typing import NamedTuple
import math

class Point(NamedTuple):
    """A point."""
    x: float
    y: float = 0.0

    def dist(self, other=None):
        if other is None:
            return math.hypot(self.x, self.y)
        return math.hypot(self.x - other.x, self.y - other.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    def __str__(self):
        return f"({self.x}, {self.y})"

pts = [Point(3, 4), Point(1.5), Point(0, -2)]
print(pts[0], repr(pts[0]), pts[0].dist(), pts[0].dist(pts[2]))
x, y = pts[0]
print(x, y, pts[0][1], len(pts[0]), list(pts[1]))
print(sorted(pts), max(pts, key=Point.dist))
print(pts[0] == Point(3, 4), pts[0] != pts[1], pts[0].scaled(2), hash(pts[0]) == hash(Point(3, 4)))
print(pts[0]._asdict(), {p: p.dist() for p in pts[:1]})
for a, b in pts:
    print(a + b)
print(pts[0] == (3, 4), (3, 4) == pts[0], pts[1] == (1.5, 0.0), pts[0] != (3, 5), isinstance(pts[0], tuple))
print(pts[0] + (9,), tuple(pts[0]))
