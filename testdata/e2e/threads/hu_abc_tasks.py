# Abstract base classes (ABC, ABCMeta, @abstractmethod) with threads
# running their concrete subclasses.
import abc
from abc import ABC, abstractmethod, ABCMeta
import threading

class Task(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def execute(self):
        pass

    def describe(self):
        return f"{self.name}: {self.execute()}"

class Square(Task):
    def __init__(self, n):
        super().__init__(f"square({n})")
        self.n = n

    def execute(self):
        return self.n * self.n

class Greeting(Task):
    def execute(self):
        return "hello " + self.name

class Shape(metaclass=ABCMeta):
    @abc.abstractmethod
    def area(self):
        raise NotImplementedError

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

tasks = [Square(3), Greeting("bob"), Square(5)]
out = {}
lock = threading.Lock()
def run(t):
    r = t.describe()
    with lock:
        out[t.name] = r
ts = [threading.Thread(target=run, args=(t,)) for t in tasks]
for t in ts: t.start()
for t in ts: t.join()
for k in sorted(out):
    print(k, "->", out[k])
print(Sq(4).area(), isinstance(tasks[0], Task))
