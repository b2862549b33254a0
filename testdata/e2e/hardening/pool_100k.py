from concurrent.futures import ThreadPoolExecutor


def square(n):
    return n * n


with ThreadPoolExecutor(max_workers=8) as pool:
    total = sum(pool.map(square, range(100000)))
print(total)

with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(square, n) for n in range(100000)]
    print(sum(f.result() for f in futures))
