"""Enum classes: members, name/value, lookup by value and name, iteration,
methods and properties, str/repr/format, members as dict keys."""
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @property
    def is_warm(self):
        return self in (Color.RED,)


class Planet(Enum):
    MERCURY = "mercury"
    EARTH = "earth"


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color, len(Color), [c.name for c in Color])
for c in Color:
    print(c.describe(), c.is_warm, f"{c}", f"{c!r}", "{:>12}|".format(c))
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED in Color)
stock = {Color.RED: 3, Color.BLUE: 7}
stock[Color.GREEN] = stock.get(Color.GREEN, 0) + 1
print(stock, sorted(stock.values()))
print(Planet.EARTH, repr(Planet.EARTH), Planet("mercury").name, list(Planet))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    print(Color["PURPLE"])
except KeyError as e:
    print("KeyError:", e)
favorite = Color.GREEN
if favorite is Color.GREEN:
    print("green it is", type(favorite).__name__)
