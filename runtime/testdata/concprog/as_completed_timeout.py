import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def nap(s):
    time.sleep(s)
    return s


ex = ThreadPoolExecutor(2)
fs = [ex.submit(nap, s) for s in (0.05, 0.5)]
for f in as_completed(fs, timeout=0.2):
    print("got", f.result())
