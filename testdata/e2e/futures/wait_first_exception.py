import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait


def nap(s):
    time.sleep(s)
    if s == 0.1:
        raise ValueError("failed at %s" % s)
    return s


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in [0.05, 0.1, 0.6]]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print(len(done), len(not_done))
    for f in fs:
        if f.done() and f.exception() is not None:
            print("error:", f.exception())
