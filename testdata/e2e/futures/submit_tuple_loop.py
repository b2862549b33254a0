import time
from concurrent.futures import ThreadPoolExecutor, wait


def nap(s):
    time.sleep(s)
    return s * 2


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(nap, s) for s in (0.02, 0.01, 0.03)]
    done, not_done = wait(fs)
    print(len(done), len(not_done))
    print([f.result() for f in fs])
