class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return Vec(self.x + other, self.y + other)

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Bag:
    __slots__ = ("items",)

    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        return x in self.items

    def __len__(self):
        return len(self.items)


v = Vec(1, 2) + Vec(3, 4)
print(v)
print(-v)
w = Vec(1, 1)
w += Vec(2, 2)
print(w)
print(10 + Vec(1, 2))
print(bool(Vec(0, 0)), bool(Vec(0, 1)))
if Vec(0, 0):
    print("truthy")
else:
    print("falsy")
d = {Vec(1, 2): "a"}
d[Vec(1, 2)] = "b"
print(len(d), d[Vec(1, 2)])
s = {Vec(1, 2), Vec(1, 2), Vec(2, 1)}
print(len(s))
print(Vec(1, 2) in s)
bag = Bag([1, 2, 3])
print(2 in bag, 5 in bag, 5 not in bag, len(bag))
