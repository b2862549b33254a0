# A constructor parameter with the name Go gives the receiver (p for
# Point, a for Acc), in classes whose __init__ takes *args or **kwargs.
class Point:
    def __init__(self, p, *rest):
        self.p = p
        self.rest = rest

class Point3(Point):
    def __init__(self, p, q):
        super().__init__(p, q)
        self.q = q

class Acc:
    def __init__(self, a=0, **kw):
        self.a = a
        self.kw = kw

class Sub(Acc):
    pass

pt = Point3(1, 2)
print(pt.p, pt.rest, pt.q)
s = Sub(5, x=1)
print(s.a, s.kw)
