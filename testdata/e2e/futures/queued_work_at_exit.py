import time
from concurrent.futures import ThreadPoolExecutor


def job(i):
    time.sleep(0.05)
    print("job", i, "done")


ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(job, i)
print("main ends without shutdown")
