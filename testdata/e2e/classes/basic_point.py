class Point:
    """A point in the plane."""

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    def __str__(self):
        return f"({self.x}, {self.y})"

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


p = Point(3, 4)
print(p.norm2())
p.move(1, -1)
print(p)
print(repr(p))
q = Point(5)
print(q.x, q.y, str(q))
points = [Point(1, 2), Point(3, 4)]
print(points)
total = 0
for pt in points:
    total += pt.norm2()
print(total)
