# An object whose fields threads write is copied whole when it is handed
# to a process: the child's changes stay in the child.
import multiprocessing as mp
import threading


class Box:
    def __init__(self):
        self.items = []
        self.log = []
        self.n = 0

    def add(self, x):
        self.items = self.items + [x]
        self.log.append("add %d" % x)
        self.n += 1


def fill(b, start):
    for i in range(start, start + 3):
        b.add(i)


def child(b):
    b.items.append(100)
    b.add(99)
    print("child", sorted(b.items), len(b.log), b.n)


if __name__ == "__main__":
    b = Box()
    ts = [threading.Thread(target=fill, args=(b, k * 10)) for k in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    p = mp.Process(target=child, args=(b,))
    p.start()
    p.join()
    print("parent", sorted(b.items), len(b.log), b.n)
