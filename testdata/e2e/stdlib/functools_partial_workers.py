from functools import partial
import threading
from multiprocessing import Pool

def show(prefix, x):
    print(prefix, x, threading.current_thread().name)

def scale(factor, x):
    return factor * x

def rec(n, step=1):
    return n + step

if __name__ == "__main__":
    t = threading.Thread(target=partial(show, "T"), args=(1,))
    t.start(); t.join()
    with Pool(2) as pool:
        print(pool.map(partial(scale, 3), [1, 2, 3]))
    funcs = [partial(scale, k) for k in range(3)]
    print([f(10) for f in funcs])
    r = partial(rec, step=5)
    print(r(1), r(2, step=1))
    acc = []

    print(partial(rec)(1))
