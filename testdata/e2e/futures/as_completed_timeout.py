import time
from concurrent.futures import ThreadPoolExecutor, as_completed


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in [0.05, 0.5, 0.6]]
    try:
        for f in as_completed(fs, timeout=0.25):
            print("got", f.result())
    except TimeoutError as e:
        print("TimeoutError:", e)
