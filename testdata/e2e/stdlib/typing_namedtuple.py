from typing import NamedTuple
import typing

class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0

class Item(typing.NamedTuple):
    name: str
    price: float = 1.0
    tags: list = []

p = Point(1)
print(p, Point(2, 3), p.x, p._replace(y=5), Point._fields)
print(Item("pen"), Item("ink", 2.5, ["a"]).tags)
Pair = NamedTuple("Pair", [("a", int), ("b", str)])
print(Pair(1, "z"), sorted([Point(2, 1), Point(1, 9)]))
