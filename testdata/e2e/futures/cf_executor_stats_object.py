from concurrent.futures import ThreadPoolExecutor


class Stats:
    def __init__(self):
        self.calls = 0
        self.total = 0
        self.largest = None
        self.seen = []

    def record(self, value):
        self.calls += 1
        self.total += value
        if self.largest is None or value > self.largest:
            self.largest = value
        self.seen.append(value)
        return value


class Processor:
    def __init__(self, stats):
        self.stats = stats

    def process(self, n):
        return self.stats.record(n * 2)


stats = Stats()
proc = Processor(stats)
with ThreadPoolExecutor(max_workers=4) as ex:
    out = list(ex.map(proc.process, range(1000)))
print(out[:5], out[-1])
print(stats.calls, stats.total, len(stats.seen), sum(stats.seen) == stats.total)
print(stats.largest is not None)
