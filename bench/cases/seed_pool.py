# The seed's multiprocessing demo: six CPU-bound calls on a pool of six
# processes, with the results fetched and printed.
import multiprocessing

N = 100000000


def func1(x):
    for i in range(N):
        x = x + 1
        x = x - 1
    return x


if __name__ == "__main__":
    pool = multiprocessing.Pool(processes=6)
    results = []
    for _ in range(6):
        results.append(pool.apply_async(func1, (1,)))
    pool.close()
    pool.join()
    for r in results:
        print(r.get())
