# A simulated fetcher over a ThreadPoolExecutor: string-seeded Random,
# as_completed with try/except/else, results formatted with format(**r).
import concurrent.futures
import time
import random

URLS = [f"https://example.com/page/{i}" for i in range(10)]

class FetchError(Exception):
    pass

def fetch(url, timeout=1.0):
    rnd = random.Random(url)
    delay = rnd.uniform(0.001, 0.02)
    time.sleep(delay)
    if rnd.random() < 0.2:
        raise FetchError(f"{url} timed out after {timeout}s")
    return {"url": url, "size": rnd.randint(100, 5000), "status": 200}

def main():
    results, errors = [], []
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch") as pool:
        future_map = {pool.submit(fetch, u, timeout=0.5): u for u in URLS}
        for fut in concurrent.futures.as_completed(future_map, timeout=10):
            url = future_map[fut]
            try:
                data = fut.result()
            except FetchError as exc:
                errors.append(str(exc))
            else:
                results.append(data)
    dt = time.perf_counter() - t0
    results.sort(key=lambda d: d["url"])
    total = sum(r["size"] for r in results)
    print(f"fetched {len(results)} pages ({total} bytes), {len(errors)} errors")
    for r in results[:3]:
        print("{url} -> {size:>5}B [{status}]".format(**r))
    for e in sorted(errors):
        print("ERR", e)
    print(dt < 5)

if __name__ == "__main__":
    main()
