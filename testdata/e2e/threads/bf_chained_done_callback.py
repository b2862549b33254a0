from concurrent.futures import ThreadPoolExecutor

results = []

def collect(fut):
    results.append(fut.result())

def slow_double(x):
    return x * 2

with ThreadPoolExecutor(max_workers=1) as pool:
    for x in range(4):
        pool.submit(slow_double, x).add_done_callback(collect)
print(sorted(results))
