class Base:
    def __init__(self, x):
        self.x = x
        self.trail = ["Base"]

    def value(self):
        return self.x

    def show(self):
        return f"{type(self).__name__}: {self.value()} via {'>'.join(self.trail)}"


class Middle(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        self.trail.append("Middle")

    def value(self):
        return super().value() + self.y


class Leaf(Middle):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        self.trail.append("Leaf")

    def value(self):
        return super().value() * self.z


for obj in [Base(1), Middle(1, 2), Leaf(1, 2, 3)]:
    print(obj.show())
leaf = Leaf(2, 3, 4)
print(leaf.x, leaf.y, leaf.z, leaf.value(), isinstance(leaf, Base))
