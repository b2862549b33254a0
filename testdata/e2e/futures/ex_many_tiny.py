# Many tiny tasks through one executor, from two submitting threads at
# once: every future holds its own task's result, in submission order.
import threading
from concurrent.futures import ThreadPoolExecutor

N = 30000


def square(x):
    return x * x


def submit_all(ex, start, out):
    out.extend(ex.submit(square, i) for i in range(start, start + N))


def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        a, b = [], []
        threads = [threading.Thread(target=submit_all, args=(ex, 0, a)),
                   threading.Thread(target=submit_all, args=(ex, N, b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ok = all(f.result() == (i * i) for i, f in enumerate(a + b))
        total = sum(f.result() for f in a) + sum(f.result() for f in b)
    print(len(a), len(b), ok, total)
    print(all(f.done() and not f.cancelled() for f in a + b))


main()
