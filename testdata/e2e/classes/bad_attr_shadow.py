class Counter:
    count = 0
    tags = []
    label = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.tags.append(name)

    def relabel(self, text):
        self.label = text


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(Counter.tags, a.tags is b.tags)
a.relabel("mine")
print(a.label, b.label, Counter.label)
Counter.label = "changed"
print(a.label, b.label)
