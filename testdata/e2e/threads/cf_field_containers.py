# Threads append to a list field and store into a dict field of one object.
import threading


class Results:
    def __init__(self):
        self.items = []
        self.totals = {}
        self.last = None

    def add(self, key, value):
        self.items.append(value)
        self.totals[key] = self.totals.get(key, 0) + value
        self.last = key


def worker(res, key):
    for i in range(2000):
        res.add(key, i)


res = Results()
ts = [threading.Thread(target=worker, args=(res, "k%d" % k)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(res.items), sum(res.items))
print(sorted(res.totals.items()))
print(res.last in res.totals)
