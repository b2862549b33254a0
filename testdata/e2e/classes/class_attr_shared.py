class Counter:
    count = 0
    tags = []
    label = "base"
    limit = 10

    def __init__(self, name, limit):
        self.name = name
        self.limit = limit
        Counter.count += 1
        self.tags.append(name)

    def describe(self):
        return f"{self.name}: limit {self.limit} of {Counter.limit}, {self.label}"


a = Counter("a", 3)
b = Counter("b", 5)
print(Counter.count, a.count, b.count)
print(Counter.tags, a.tags is b.tags, a.tags is Counter.tags)
print(a.describe())
Counter.label = "changed"
print(a.label, b.label, b.describe())
a.limit = 7
print(a.limit, b.limit, Counter.limit)
