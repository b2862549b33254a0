import multiprocessing
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        pending = pool.apply_async(slow, (1,))
    try:
        pending.get(timeout=0.6)
    except multiprocessing.TimeoutError:
        print("never ready after the with block")
    print(pending.ready())
