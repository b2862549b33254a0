import threading
import time
import itertools

class Pipeline:
    """Three stages connected by lists guarded by conditions."""

    def __init__(self, data):
        self.data = list(data)
        self.stage1 = []
        self.stage2 = []
        self.cond = threading.Condition()
        self.producers_done = 0
        self.log = []

    def _log(self, msg):
        with self.cond:
            self.log.append(msg)

    def square_stage(self):
        for x in self.data:
            with self.cond:
                self.stage1.append(x * x)
                self.cond.notify_all()
        with self.cond:
            self.producers_done += 1
            self.cond.notify_all()
        self._log("square done")

    def filter_stage(self):
        taken = 0
        while True:
            with self.cond:
                self.cond.wait_for(lambda: len(self.stage1) > taken or self.producers_done >= 1)
                if taken >= len(self.stage1) and self.producers_done >= 1:
                    break
                batch = self.stage1[taken:]
                taken = len(self.stage1)
            for v in batch:
                if v % 2 == 0:
                    with self.cond:
                        self.stage2.append(v)
        self._log("filter done")

    def run(self):
        t1 = threading.Thread(target=self.square_stage)
        t2 = threading.Thread(target=self.filter_stage)
        t2.start(); t1.start()
        t1.join(); t2.join()
        return sorted(self.stage2)

p = Pipeline(range(10))
print(p.run())
print(sorted(p.log))
counter = itertools.count(start=5, step=5)
print([next(counter) for _ in range(3)])
cyc = itertools.cycle("ab")
print("".join(next(cyc) for _ in range(5)))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.repeat("x", 3)), list(itertools.pairwise([1, 2, 3])), list(itertools.tee([1, 2])[1]))
print(list(itertools.filterfalse(lambda v: v % 2, range(6))), list(itertools.combinations_with_replacement("ab", 2)))
