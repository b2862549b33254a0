class Animal:
    def __init__(self, name, legs=4):
        self.name = name
        self.legs = legs

    def sound(self):
        return "..."

    def describe(self):
        return f"{self.name} has {self.legs} legs and says {self.sound()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def sound(self):
        return "Woof"

    def fetch(self):
        return self.name + " fetches"


class Bird(Animal):
    def __init__(self, name):
        super().__init__(name, legs=2)

    def sound(self):
        return "Tweet"

    def describe(self):
        base = super().describe()
        return base + " and flies"


d = Dog("Rex", "collie")
print(d.describe())
print(d.fetch(), d.breed, d.legs)
b = Bird("Tweety")
print(b.describe())
a = Animal("Generic")
print(a.describe())
