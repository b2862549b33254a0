class Base:
    def __init__(self, tag):
        self.tag = tag
        self.log = []
        print("Base.__init__", tag)

    def hello(self):
        return "Base"

    def chain(self):
        return ["Base"]


class Left(Base):
    def __init__(self, tag):
        print("Left.__init__")
        super().__init__(tag)
        self.log.append("left")

    def hello(self):
        return "Left+" + super().hello()

    def chain(self):
        return ["Left"] + super().chain()


class Right(Base):
    def __init__(self, tag):
        print("Right.__init__")
        super().__init__(tag)
        self.log.append("right")

    def hello(self):
        return "Right+" + super().hello()

    def chain(self):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def __init__(self, tag):
        print("Bottom.__init__")
        super().__init__(tag)
        self.log.append("bottom")

    def chain(self):
        return ["Bottom"] + super().chain()


b = Bottom("x")
print(b.tag, b.log)
print(b.hello())
print(b.chain())
l = Left("y")
print(l.hello(), l.chain(), l.log)
r = Right("z")
print(r.hello(), r.chain())
print(isinstance(b, Left), isinstance(b, Right), isinstance(b, Base), isinstance(l, Right))
print(issubclass(Bottom, Base), issubclass(Left, Right))
print(type(b).__name__)
print(Left.hello(b), Right.chain(b))
