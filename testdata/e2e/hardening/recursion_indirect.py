# Recursion that goes through mutual calls, methods, function values and
# lambdas is limited too; every thread has a depth of its own.
import threading


def ping(n):
    return n if n <= 0 else pong(n - 1)


def pong(n):
    return n if n <= 0 else ping(n - 1)


def apply(f, x):
    return f(x)


def through_value(n):
    return 0 if n == 0 else 1 + apply(through_value, n - 1)


class Tree:
    def __init__(self, depth):
        self.child = Tree(depth - 1) if depth > 0 else None

    def height(self):
        return 0 if self.child is None else 1 + self.child.height()


fact = lambda n: 1 if n <= 1 else n * fact(n - 1)

print(ping(500), through_value(300), Tree(400).height(), fact(20))
for name, call in [("ping", lambda: ping(5000)), ("value", lambda: through_value(5000)),
                   ("tree", lambda: Tree(5000)), ("lambda", lambda: fact(5000))]:
    try:
        call()
        print(name, "no error")
    except RecursionError as e:
        print(name, type(e).__name__)

results = []
lock = threading.Lock()


def worker(n):
    try:
        r = ping(n)
    except RecursionError:
        r = "RecursionError"
    with lock:
        results.append((n, r))


threads = [threading.Thread(target=worker, args=(n,)) for n in (600, 900, 5000, 700)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results, key=lambda p: p[0]))
for n in (498, 499):
    try:
        print(n, Tree(n).height())
    except RecursionError as e:
        print(n, e)
