class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"{self.cents // 100}$"
        return f"{self.cents / 100:.2f} USD"

    def __eq__(self, other):
        return self.cents == other.cents


class Empty:
    pass


class Comparable:
    def __eq__(self, other):
        return self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __lt__(self, other):
        return self.key() < other.key()


class Described:
    def __str__(self):
        return f"#{self.key()}"


class Item(Comparable, Described):
    def __init__(self, n):
        self.n = n

    def key(self):
        return self.n % 10


m = Money(1234)
print(f"{m:short}", f"{m:long}", format(m, "short"), "{:x}".format(m))
print(m == Money(1234), m != Money(1))
try:
    print({m: 1})
except TypeError as e:
    print("TypeError:", e)
a, b = Empty(), Empty()
print(a is b, a == b, a is a, len({a, b, a}))
items = [Item(13), Item(3), Item(21), Item(7)]
print(sorted(items, key=lambda i: i.n)[0], min(items), [str(i) for i in sorted(items)])
print(len({Item(13), Item(3), Item(21)}), Item(13) == Item(3), Item(13) in [Item(3)])
print(str(Item(5)), f"{Item(6)}")
