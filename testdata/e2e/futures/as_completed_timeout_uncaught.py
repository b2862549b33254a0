import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(nap, s) for s in [0.05, 0.4, 0.4]]
    for f in as_completed(fs, timeout=0.2):
        print("got", f.result())
