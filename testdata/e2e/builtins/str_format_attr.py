# str.format and f-strings with attributes and reprs of user objects.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print("{0.x},{0.y} {p!r}".format(p, p=p))
print("x={pt.x:>4} y={pt.y:<4}|".format(pt=p))
print(f"{p} {p!r:>15}|")
print(sorted([Point(2, 1), Point(1, 2)], key=lambda q: q.x))
