import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Shape:
    def __init__(self, name, points):
        self.name = name
        self.points = points
        self.tags = {"kind": name}


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
print(p, q, p is q)

s = Shape("tri", [Point(0, 0), Point(1, 0), Point(0, 1)])
shallow = copy.copy(s)
deep = copy.deepcopy(s)
print(shallow is s, shallow.points is s.points, deep.points is s.points)
s.points.append(Point(5, 5))
s.points[0].move(99)
s.tags["kind"] = "changed"
print(len(shallow.points), shallow.points[0], shallow.tags)
print(len(deep.points), deep.points[0], deep.tags)
deep.name = "copy"
print(s.name, deep.name)

shapes = [s, s]
copies = copy.deepcopy(shapes)
print(copies[0] is copies[1], copies[0] is s)
