import concurrent.futures
import time


def fetch(url):
    time.sleep(0.01 * (len(url) % 3))
    if "bad" in url:
        raise ConnectionError("cannot reach %s" % url)
    return len(url) * 10


urls = ["http://a.example", "http://bad.example", "http://ccc.example", "http://dd.example", "http://bad2.example"]
results = {}
failures = {}
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    future_to_url = {pool.submit(fetch, u): u for u in urls}
    for fut in concurrent.futures.as_completed(future_to_url):
        url = future_to_url[fut]
        try:
            results[url] = fut.result()
        except ConnectionError as exc:
            failures[url] = str(exc)
for url in sorted(results):
    print(url, results[url])
for url in sorted(failures):
    print("FAILED", url, failures[url])
print(len(results) + len(failures) == len(urls))
