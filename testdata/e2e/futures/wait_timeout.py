import time
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in [0.05, 0.1, 0.6]]
    done, not_done = wait(fs, timeout=0.3)
    print("by 0.3:", len(done), len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done))
