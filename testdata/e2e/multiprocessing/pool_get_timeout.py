import multiprocessing
import time


def slow(x):
    time.sleep(0.5)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        try:
            r.get(timeout=0.05)
        except multiprocessing.TimeoutError:
            print("timed out, ready:", r.ready())
        r.wait(0.01)
        print("still ready:", r.ready())
        print("value:", r.get(timeout=5))
        print("ready:", r.ready(), r.successful())
