class A:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return f"A({self.x})"


class B:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"B<{self.x}>"


class C(A):
    pass


class Plain:
    pass


a = A(1)
b = B(2)
print(a, str(a), f"{a}", "%s" % a)
print([a])
print(repr(a))
print({"k": a})
print(b, str(b), f"{b}", repr(b), [b], f"{b!r}")
print(C(3), [C(3)])
print(repr(Plain()))
print(str(Plain()).startswith("<__main__.Plain object at 0x"))
