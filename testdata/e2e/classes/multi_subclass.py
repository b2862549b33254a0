class Named:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} the {self.kind()}"

    def kind(self):
        return "thing"


class Walker:
    def walk(self):
        return f"{self.name} walks {self.speed()}"

    def speed(self):
        return "slowly"


class Dog(Named, Walker):
    def kind(self):
        return "dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speed(self):
        return "clumsily"

    def describe(self):
        return super().describe() + f", {self.age} months"


class Mutt(Puppy, Walker):
    def kind(self):
        return "mutt"


for d in [Dog("rex"), Puppy("bit", 3), Mutt("mix", 5)]:
    print(d.describe(), "|", d.walk(), "|", isinstance(d, Puppy), isinstance(d, Walker))
p = Puppy("bo", 2)
print(p.describe(), p.walk(), type(p).__name__, issubclass(Mutt, Dog), issubclass(Dog, Puppy))
