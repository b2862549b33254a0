# Static and class methods reached through an instance (w.f), as values
# passed to threads and as calls in lambdas and comprehensions: Python
# evaluates the instance, though the method does not receive it.
import threading


class W:
    def __init__(self, base):
        self.base = base

    @staticmethod
    def f(x):
        return x + 100

    @classmethod
    def make(cls, n):
        return [cls(i) for i in range(n)]


def build():
    w = W(0)
    g = lambda: w.f(1)
    print(g(), [w.f(i) for i in range(2)], len(w.make(2)))
    print([v.f(3) for v in W.make(2)])


w = W(5)
out = []
ts = [threading.Thread(target=w.f, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
build()
print("done")
