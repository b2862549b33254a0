class Color:
    palette = []

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b
        Color.palette.append(self)

    @classmethod
    def gray(cls, level):
        return cls(level, level, level)

    @staticmethod
    def clamp(v):
        if v < 0:
            return 0
        if v > 255:
            return 255
        return v

    def brighter(self, amount):
        return Color(Color.clamp(self.r + amount), Color.clamp(self.g + amount), Color.clamp(self.b + amount))

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)


c = Color(250, 100, 0)
print(c.hex(), c.brighter(10).hex())
g = Color.gray(128)
print(g.hex(), Color.clamp(-4), Color.clamp(300), c.clamp(7))
print(len(Color.palette))
