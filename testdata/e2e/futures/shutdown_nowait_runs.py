import time
from concurrent.futures import ThreadPoolExecutor


def job(i):
    time.sleep(0.03)
    print("job", i)


ex = ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(job, i)
ex.shutdown(wait=False)
print("shutdown returned")
