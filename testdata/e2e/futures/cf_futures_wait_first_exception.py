import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


def task(n):
    time.sleep(0.01 * n)
    if n == 2:
        raise KeyError("task %d" % n)
    return n


with ThreadPoolExecutor(max_workers=4) as ex:
    futures = [ex.submit(task, n) for n in range(1, 5)]
    done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
    failed = [f for f in done if f.exception() is not None]
    print(len(failed), repr(failed[0].exception()))
    print(sorted(f.result() for f in done if f.exception() is None))
    for f in not_done:
        f.cancel()
    done2, not_done2 = wait(futures)
    print(len(done2), len(not_done2))
