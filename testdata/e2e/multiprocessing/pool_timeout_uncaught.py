import multiprocessing
import time


def slow():
    time.sleep(1)


if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    r = pool.apply_async(slow)
    print("waiting")
    r.get(0.05)
