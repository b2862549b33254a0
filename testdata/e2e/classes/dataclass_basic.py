from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1

    def total(self):
        return self.price * self.quantity


@dataclass
class Order:
    customer: str
    items: list = field(default_factory=list)

    def add(self, item):
        self.items.append(item)


a = Item("apple", 0.5, 4)
b = Item("pear", 0.75)
print(a)
print(b, b.total())
print(a == Item("apple", 0.5, 4), a == b)
o = Order("ann")
o.add(a)
o.add(b)
total = 0.0
for i in o.items:
    total += i.total()
print(o.customer, len(o.items), total)
print(repr(b))
