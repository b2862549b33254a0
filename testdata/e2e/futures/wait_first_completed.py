import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in [0.4, 0.05, 0.5]]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done), len(not_done))
    for f in done:
        print("first:", f.result())
