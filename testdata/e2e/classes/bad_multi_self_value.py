class Colored:
    def paint(self, color):
        self.color = color
        return self


class Named:
    def __init__(self, name):
        self.name = name


class Thing(Named, Colored):
    pass


print(Thing("t").paint("red").color)
