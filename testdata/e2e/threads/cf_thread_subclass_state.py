# Thread subclasses keep state in fields: results read after join(), and a
# stop flag the main thread sets while the worker polls it.
import threading
import time


class Summer(threading.Thread):
    def __init__(self, start, stop):
        super().__init__()
        self.lo = start
        self.hi = stop
        self.result = 0
        self.steps = []

    def run(self):
        for i in range(self.lo, self.hi):
            self.result += i
            if i % 1000 == 0:
                self.steps.append(i)


class Poller(threading.Thread):
    def __init__(self):
        super().__init__()
        self.running = True
        self.polls = 0

    def run(self):
        while self.running:
            self.polls += 1
            time.sleep(0.001)


workers = [Summer(k * 10000, (k + 1) * 10000) for k in range(4)]
for w in workers:
    w.start()
p = Poller()
p.start()
for w in workers:
    w.join()
time.sleep(0.02)
p.running = False
p.join()
print([w.result for w in workers])
print(sum(w.result for w in workers) == sum(range(40000)))
print([len(w.steps) for w in workers])
print(p.polls > 0, p.is_alive())
