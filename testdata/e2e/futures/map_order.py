import time
from concurrent.futures import ThreadPoolExecutor


def slow_double(x):
    time.sleep(0.05 * (5 - x))
    return x * 2


with ThreadPoolExecutor(max_workers=5) as ex:
    for r in ex.map(slow_double, [1, 2, 3, 4]):
        print(r)
    print(list(ex.map(slow_double, range(3))))
