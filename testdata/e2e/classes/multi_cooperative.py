class Shape:
    def __init__(self, name, **kw):
        print("Shape", sorted(kw))
        super().__init__(**kw)
        self.name = name

    def area(self):
        return 0


class Colored:
    def __init__(self, color="black", **kw):
        print("Colored", sorted(kw))
        super().__init__(**kw)
        self.color = color

    def paint(self, color):
        self.color = color


class Square(Shape, Colored):
    def __init__(self, side, **kw):
        super().__init__(**kw)
        self.side = side

    def area(self):
        return self.side * self.side

    def __str__(self):
        return f"{self.name} {self.color} {self.side}"


class Logger:
    def __init__(self):
        self.lines = []

    def log(self, *parts, sep=" "):
        self.lines.append(sep.join(str(p) for p in parts))


print(Square(3, name="sq", color="red"))
s = Square(2, name="plain")
print(s, s.area(), Shape("x").area())
s.paint("blue")
print(s)
print(isinstance(s, Colored), s.color)
lg = Logger()
lg.log("a", 1, 2.5)
lg.log("b", "c", sep="-")
print(lg.lines)
try:
    Square(1, name="bad", size=4)
except TypeError as e:
    print("TypeError:", e)
try:
    Square(1, color="green")
except TypeError as e:
    print("TypeError:", e)
