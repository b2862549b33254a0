# Pool.map over 2,000,000 items with a chunksize.
import multiprocessing

N = 2000000


def work(x):
    return x * 3 + 1


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(work, range(N), chunksize=10000)
    print(len(results), sum(results))
