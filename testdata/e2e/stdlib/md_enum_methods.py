"""Enum classes with classmethods (cls(...), iterating cls), staticmethods,
their own __str__ (used by print, str, f-strings and format specs),
(str, Enum) and (int, Enum) mixins, sets and sorting by value."""
from enum import Enum


class Suit(Enum):
    HEARTS = "H"
    SPADES = "S"
    CLUBS = "C"

    @classmethod
    def parse(cls, s):
        return cls(s.upper())

    @classmethod
    def codes(cls):
        return [m.value for m in cls]

    @staticmethod
    def count():
        return len(Suit)

    def __str__(self):
        return self.name.capitalize()


class Color(str, Enum):
    RED = "red"
    BLUE = "blue"


class Rank(int, Enum):
    JACK = 11
    QUEEN = 12


print(Suit.parse("h"), Suit.codes(), Suit.count(), isinstance(Suit.HEARTS, Suit))
print({Suit.SPADES, Suit.HEARTS} == {Suit.HEARTS, Suit.SPADES}, Suit.CLUBS in {Suit.CLUBS})
hand = [(Suit.SPADES, 3), (Suit.HEARTS, 10), (Suit.CLUBS, 7)]
print(sorted(hand, key=lambda c: c[0].value))
print(str(Suit.HEARTS), repr(Suit.HEARTS), f"{Suit.SPADES}", f"[{Suit.CLUBS:>7}]", "{:<7}|".format(Suit.HEARTS))
try:
    print(Suit.HEARTS < Suit.SPADES)
except TypeError as e:
    print("TypeError:", e)
print({s.value: s for s in Suit})
print(Color.RED, repr(Color.BLUE), Color.RED == "red", f"{Color.BLUE}", Color("blue") is Color.BLUE)
print(Rank.JACK, Rank.QUEEN + 1, Rank.JACK == 11, Rank.JACK < Rank.QUEEN, repr(Rank(12)))
