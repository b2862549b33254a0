class Named:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} ({self.kind()})"

    def kind(self):
        return "named"


class JsonMixin:
    def to_json(self):
        return "{" + f'"name": "{self.name}"' + "}"


class LoudMixin:
    def kind(self):
        return "loud"

    def shout(self):
        return self.describe().upper()


class Dog(LoudMixin, Named, JsonMixin):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age


d = Dog("rex", 3)
print(d.describe())
print(d.to_json())
print(d.shout(), d.age)
print(isinstance(d, Named), isinstance(d, JsonMixin), isinstance(d, LoudMixin), isinstance(d, Dog))
print(issubclass(Dog, Named), issubclass(Named, Dog))
things = [Named("a"), d]
for t in things:
    print(t.describe(), isinstance(t, LoudMixin))
print(Named("solo").describe())
