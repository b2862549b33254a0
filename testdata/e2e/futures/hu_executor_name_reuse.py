# One name for a process pool's and then a thread pool's with statement:
# each keeps its own executor type, so both run typed.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED


def is_prime(n):
    if n < 2:
        return False
    return all(n % i for i in range(2, int(n ** 0.5) + 1))


def fetch(url):
    if "bad" in url:
        raise ValueError(f"bad url: {url}")
    return len(url), url.upper()


def main():
    nums = [2, 15, 17, 97, 100]
    with ProcessPoolExecutor(max_workers=3) as ex:
        for n, p in zip(nums, ex.map(is_prime, nums)):
            print(f"{n:4d} prime={p}")
    urls = ["a.com", "bad.org", "ccc.net"]
    with ThreadPoolExecutor(max_workers=2) as ex:
        futs = {ex.submit(fetch, u): u for u in urls}
        out = {}
        for f in as_completed(futs):
            try:
                out[futs[f]] = f.result()
            except ValueError as e:
                out[futs[f]] = str(e)
        for u in urls:
            print(u, "->", out[u])
        done, not_done = wait([ex.submit(fetch, u) for u in ["x", "yy"]], return_when=ALL_COMPLETED)
        print(len(done), len(not_done), sorted(f.result() for f in done))
    with ThreadPoolExecutor(max_workers=1) as pool:
        print(pool.submit(is_prime, 7).result())


if __name__ == "__main__":
    main()
