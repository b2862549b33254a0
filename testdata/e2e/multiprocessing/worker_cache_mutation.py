import multiprocessing

cache = {"warm": 1}
results = []


def compute(x):
    if x not in cache:
        cache[x] = x * x
    results.append(x)
    return len(cache) >= 2 and "warm" in cache


if __name__ == "__main__":
    pool = multiprocessing.Pool(2)
    print(pool.map(compute, [1, 2, 3, 4]))
    pool.close()
    pool.join()
    print(cache, results)
    cache["late"] = 2
    p = multiprocessing.Process(target=compute, args=(9,))
    p.start()
    p.join()
    print(sorted(cache), results)
