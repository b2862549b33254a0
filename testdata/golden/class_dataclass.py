from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int = 0

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Path:
    def __init__(self):
        self.points = []

    def add(self, p):
        self.points.append(p)
        return self

    def __len__(self):
        return len(self.points)

    def end(self):
        total = Point(0)
        for p in self.points:
            total = total + p
        return total


path = Path()
path.add(Point(1, 2)).add(Point(3))
print(len(path), path.end())
print(path.end() == Point(4, 2))
