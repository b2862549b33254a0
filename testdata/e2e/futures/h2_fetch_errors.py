from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import time

class FetchError(Exception):
    def __init__(self, url, code):
        super().__init__(f"{url} failed with {code}")
        self.url = url
        self.code = code

def fetch(url):
    time.sleep(0.01 * (len(url) % 3))
    if "bad" in url:
        raise FetchError(url, 404)
    return len(url) * 10

URLS = ["http://a.com", "http://bad.org", "http://ccc.net/x", "http://d.io", "http://bad2.com"]

def main():
    results = {}
    errors = []
    with ThreadPoolExecutor(max_workers=3) as ex:
        futs = {ex.submit(fetch, u): u for u in URLS}
        for fut in as_completed(futs):
            url = futs[fut]
            try:
                results[url] = fut.result()
            except FetchError as e:
                errors.append((e.url, e.code, str(e)))
    for u in sorted(results):
        print(f"{u!r:<22} -> {results[u]:>5,}")
    for e in sorted(errors):
        print("error:", e)
    with ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(fetch, u) for u in URLS[:2]]
        done, not_done = wait(fs, return_when=ALL_COMPLETED)
        print(len(done), len(not_done))
        print(sorted(f.exception() is None for f in done))
        vals = list(ex.map(fetch, ["x", "yy", "zzz"]))
        print(vals, sum(vals))
    total = sum(v for v in results.values() if v > 100)
    print(f"total={total:,} pct={total / 1000:.1%}")

if __name__ == "__main__":
    main()
