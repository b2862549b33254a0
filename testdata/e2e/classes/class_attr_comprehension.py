# Class attributes computed by comprehensions: package variables whose
# value needs a loop.
class Table:
    squares = [i * i for i in range(5)]
    lengths = {name: len(name) for name in ("a", "bb", "ccc")}
    evens = {n for n in range(6) if n % 2 == 0}

    def total(self):
        return sum(self.squares)


print(Table.squares, Table.lengths, sorted(Table.evens))
print(Table().total())
