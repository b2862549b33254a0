import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in [0.3, 0.1, 0.2]]
    for f in as_completed(fs):
        print(f.result())
