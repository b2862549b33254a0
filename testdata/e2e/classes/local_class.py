def make_counter(start, step):
    label = f"counter from {start}"

    def fmt(n):
        return f"<{n}>"

    class Counter:
        kind = "local"

        def __init__(self):
            self.value = start

        def tick(self):
            self.value += step
            return fmt(self.value)

        def describe(self):
            return f"{label} by {step}: {self.value} ({self.kind})"

        def clone(self):
            c = Counter()
            c.value = self.value
            return c

    return Counter()


def make_pairs(names):
    class Pair:
        def __init__(self, name, n):
            self.name = name
            self.n = n

        def __str__(self):
            return f"{self.name}={self.n}/{len(names)}"

    return [Pair(name, i) for i, name in enumerate(names)]


a = make_counter(10, 5)
b = make_counter(0, 1)
print(a.tick(), a.tick(), b.tick())
print(a.describe())
print(b.describe())
c = a.clone()
c.tick()
print(a.value, c.value)
for p in make_pairs(["x", "y"]):
    print(p)
print(repr(a).startswith("<__main__.make_counter.<locals>.Counter object at 0x"))
print(type(a).__name__)


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self):
        return f"{self.name}: {self.area()}"


class Tagged:
    def tag(self):
        return "#" + self.name


def make_square(side, unit):
    class Square(Shape):
        def __init__(self):
            super().__init__("square")

        def area(self):
            return f"{side * side} {unit}"

    class TaggedSquare(Shape, Tagged):
        def area(self):
            return side

    return [Square(), TaggedSquare("ts")]


sq, ts = make_square(3, "cm2")
print(sq.describe(), isinstance(sq, Shape))
print(ts.describe(), ts.tag())
