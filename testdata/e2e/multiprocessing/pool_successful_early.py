import multiprocessing
import time


def slow(x):
    time.sleep(0.3)
    return x


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        print(type(r).__name__, r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError", str(e).endswith(" not ready"))
        print(r.get(), r.successful())
