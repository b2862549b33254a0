# Fields that threads write are runtime Shared values; fields they only
# read, and objects no thread touches, keep plain Go fields.
import threading


class Counter:
    def __init__(self, label):
        self.label = label
        self.count = 0
        self.last = ""
        self.seen = []

    def inc(self, who):
        self.count += 1
        self.last = who
        self.seen.append(who)


class Report:
    def __init__(self):
        self.lines = []

    def add(self, line):
        self.lines.append(line)


def work(c, who, n):
    for _ in range(n):
        c.inc(who)


c = Counter("hits")
threads = [threading.Thread(target=work, args=(c, "t%d" % i, 1000)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
r = Report()
r.add("%s=%d" % (c.label, c.count))
r.add("seen=%d" % len(c.seen))
print(r.lines, c.last in ("t0", "t1", "t2", "t3"))
