class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


shapes = [Square(2), Circle(1), Square(3)]
for s in shapes:
    print(type(s).__name__, s.area(), isinstance(s, Square), isinstance(s, Shape))
print(isinstance(shapes[1], (Square, Circle)), issubclass(Square, Shape), issubclass(Shape, Square))
print(sum(s.area() for s in shapes))
