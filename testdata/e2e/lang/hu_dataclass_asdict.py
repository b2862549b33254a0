# dataclasses.asdict and astuple, nested dataclasses and containers, copied.
from dataclasses import dataclass, field, asdict, astuple
import dataclasses
import json
from typing import List

@dataclass
class Item:
    name: str
    qty: int = 1
    tags: List[str] = field(default_factory=list)

@dataclass
class Order:
    oid: int
    items: List[Item]
    meta: dict = field(default_factory=dict)

o = Order(7, [Item("pen", 2, ["office"]), Item("cup")], {"rush": True})
d = asdict(o)
print(d)
print(astuple(o))
print(dataclasses.asdict(Item("x")))
print(json.dumps(asdict(o), sort_keys=True))
d["items"][0]["qty"] = 99
print(o.items[0].qty)
try:
    asdict(5)
except TypeError as e:
    print("TypeError:", e)
