from concurrent.futures import ThreadPoolExecutor

def fetch(url):
    return len(url)

urls = ["a.com", "bb.org", "ccc.net"]
with ThreadPoolExecutor(max_workers=3) as executor:
    results = list(executor.map(fetch, urls))
    sizes = dict(zip(urls, results))
print(sizes)
for url, size in sorted(sizes.items(), key=lambda kv: kv[1]):
    print(f"{url}: {size}")
