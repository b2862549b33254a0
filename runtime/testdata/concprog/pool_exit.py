import multiprocessing
import time


def slow():
    time.sleep(5)


pool = multiprocessing.Pool(2)
pool.apply_async(slow)
time.sleep(0.05)
print("main done")
