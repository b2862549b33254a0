import time
from concurrent.futures import ThreadPoolExecutor


def work(i):
    time.sleep(0.02)
    print("work", i)


ex = ThreadPoolExecutor(1)
for i in range(3):
    ex.submit(work, i)
ex.shutdown(wait=False)
print("main done")
