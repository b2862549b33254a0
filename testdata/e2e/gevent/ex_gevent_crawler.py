"""Crawler-style fan-out: a gevent Pool fetches fake URLs, results in a dict."""
import gevent
from gevent.pool import Pool

LATENCY = {
    "http://example.com/a": 0.03,
    "http://example.com/b": 0.01,
    "http://example.com/c": 0.05,
    "http://example.com/d": 0.02,
    "http://example.com/e": 0.04,
}

results = {}


def fetch(url):
    delay = LATENCY[url]
    gevent.sleep(delay)
    body = url.split("/")[-1] * int(delay * 100)
    results[url] = len(body)
    print(f"fetched {url} ({len(body)} bytes)")
    return len(body)


def main():
    pool = Pool(3)
    greenlets = [pool.spawn(fetch, url) for url in LATENCY]
    pool.join()
    total = sum(g.value for g in greenlets)
    print("total bytes:", total)
    for url, size in sorted(results.items(), key=lambda kv: kv[1], reverse=True):
        print(f"{url:<25}{size:>4}")


if __name__ == "__main__":
    main()
