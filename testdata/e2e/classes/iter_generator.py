class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty

    def __contains__(self, name):
        return name in self.items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, name):
        return self.items[name]


print(list(Countdown(3)))
for i in Countdown(2):
    print("tick", i)
inv = Inventory()
inv.add("apple", 3)
inv.add("pear", 1)
inv.add("apple", 2)
print(len(inv), "apple" in inv, "kiwi" in inv, inv["apple"])
try:
    inv["kiwi"]
except KeyError as e:
    print("missing", e)
