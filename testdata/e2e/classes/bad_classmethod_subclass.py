class Base:
    def __init__(self, v):
        self.v = v

    @classmethod
    def make(cls, v):
        return cls(v)

    def who(self):
        return "Base"


class Sub(Base):
    def who(self):
        return "Sub"


print(Sub.make(1).who(), Base.make(2).who())
