class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)


r = Rect(2.0, 3.5)
s = Square(3.0)
print(r.describe())
print(s.describe())
print(s.w, s.h, s.area())
try:
    Shape().describe()
except NotImplementedError as e:
    print("error:", e)
