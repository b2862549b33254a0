# A method reached from threads only through a dict of handlers still
# updates its field race-free.
import threading


class A:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


a = A()
handlers = {"bump": a.bump}


def work(k):
    for _ in range(1000):
        handlers[k]()


ts = [threading.Thread(target=work, args=("bump",)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a.n)
