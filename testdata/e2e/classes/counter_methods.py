class Counter:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.history = []

    def incr(self, by=1):
        self.count += by
        self.history.append(self.count)
        return self

    def report(self):
        return self.name + ": " + str(self.count)


def make_counter(label):
    c = Counter(label)
    c.incr().incr(5)
    return c


c = make_counter("hits")
print(c.report())
print(c.history)
c.name = "misses"
c.incr(10)
print(c.report(), c.count, len(c.history))
