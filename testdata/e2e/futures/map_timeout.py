import time
from concurrent.futures import ThreadPoolExecutor


def nap(s):
    time.sleep(s)
    return s


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(nap, [0.01, 0.5], timeout=0.2):
            print("got", r)
    except TimeoutError:
        print("TimeoutError")
