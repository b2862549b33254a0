import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def nap(seconds):
    time.sleep(seconds)
    return seconds


def square(x):
    return x * x


with ThreadPoolExecutor(max_workers=4, thread_name_prefix="worker") as ex:
    for r in ex.map(square, [1, 2, 3]):
        print(r)
    fs = [ex.submit(nap, s) for s in [0.2, 0.01]]
    done, pending = wait(fs, timeout=1.0, return_when=FIRST_COMPLETED)
    print(len(done), len(pending))
