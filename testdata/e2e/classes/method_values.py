import threading
from concurrent.futures import ThreadPoolExecutor


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.log = []

    def scale(self, x):
        return x * self.factor

    def key(self, x):
        return -x

    def run(self):
        self.log.append("ran")

    def work(self, x):
        return x + self.factor

    def get_factor(self):
        return self.factor

    @staticmethod
    def double(x):
        return 2 * x

    @classmethod
    def make(cls, f):
        return cls(f)


s = Scaler(3)
f = s.scale
print(f(2))
print(list(map(s.scale, [1, 2, 3])))
print(sorted([3, 1, 2], key=s.key))
t = threading.Thread(target=s.run)
t.start()
t.join()
print(s.log)
with ThreadPoolExecutor(2) as ex:
    fut = ex.submit(s.work, 10)
    print(fut.result())
ops = [s.scale, s.work]
print([op(5) for op in ops])
table = {"scale": s.scale, "work": s.work}
print(table["work"](1))
print(Scaler.scale(s, 7))
print(Scaler.double(4), s.double(5))
g = Scaler.double
print(g(6))
m = Scaler.make(4)
print(m.factor, s.make(2).factor)
mk = Scaler.make
print(mk(9).factor)
print(s.scale.__name__, Scaler.double.__name__)
u = Scaler.scale
print(u(s, 3))
people = [Scaler(5), Scaler(2), Scaler(9)]
print([p.factor for p in sorted(people, key=Scaler.get_factor)])


class Pipeline:
    def transform(self, x):
        return x + 1

    def run_all(self, xs):
        step = self.transform
        out = list(map(step, xs))
        out.append(self.transform(0))
        return out


class Doubling(Pipeline):
    def transform(self, x):
        return x * 2


print(Pipeline().run_all([1, 2]), Doubling().run_all([1, 2]))
callbacks = []
for obj in [Pipeline(), Doubling()]:
    callbacks.append(obj.transform)
print([cb(10) for cb in callbacks])
