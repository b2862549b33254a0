# Shapes: a base class whose describe() calls area(), which subclasses
# override, and a custom exception hierarchy.


class ShapeError(ValueError):
    pass


class Shape:
    """A shape with a name."""

    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name}: {self.area():.1f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        if w < 0 or h < 0:
            raise ShapeError("negative size")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def main():
    r = Rect(2.0, 3.0)
    c = Circle(1.5)
    print(r.describe())
    print(c.describe())
    try:
        Rect(-1.0, 2.0)
    except ShapeError as e:
        print("error:", e)


main()
