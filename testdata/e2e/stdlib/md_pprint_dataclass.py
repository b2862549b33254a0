"""pprint of dataclasses whose repr is too long: CPython 3.11 lays them out
field by field (name=value), nested in lists and in each other."""
import pprint
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

@dataclass
class Order:
    order_id: int
    items: list
    note: str = ""

o = Order(1, [Item("apple", ["fruit", "red"], {"z": 1, "a": 2}), Item("pear" * 5, list(range(12)))], "deliver before noon please")
pprint.pprint(o)
pprint.pprint(Item("x"))
pprint.pprint([o, o.items[0]], width=60)
