import multiprocessing


class Stats:
    def __init__(self, name):
        self.name = name
        self.count = 0
        self.seen = []

    def add(self, x):
        self.count += 1
        self.seen.append(x)
        return self


stats = Stats("global")


def record(s, x):
    s.add(x)
    stats.count += 100
    stats.seen.append(x)
    return s


def describe(s):
    return "%s %d %s" % (s.name, s.count, s.seen)


if __name__ == "__main__":
    local = Stats("arg")
    p = multiprocessing.Process(target=record, args=(local, 1))
    p.start()
    p.join()
    print(describe(local), "|", describe(stats))
    with multiprocessing.Pool(2) as pool:
        back = pool.apply(record, (local, 2))
        back.add(3)
        print(describe(back), "|", describe(local), "|", describe(stats))
        outs = pool.map(describe, [Stats("a").add(1), Stats("b")])
        print(outs)
