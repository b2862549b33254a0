from concurrent.futures import ThreadPoolExecutor, as_completed


def cube(n):
    if n == 2:
        raise ValueError("no cube for %d" % n)
    return n ** 3


with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(cube, n): n for n in range(5)}
    results = []
    for fut in as_completed(futures):
        n = futures[fut]
        if fut.exception() is not None:
            results.append((n, "error: " + str(fut.exception())))
        else:
            results.append((n, fut.result()))
print(sorted(results))
print(len(futures))
