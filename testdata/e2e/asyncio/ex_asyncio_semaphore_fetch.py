import asyncio

MAX_CONCURRENT = 2
active = 0
peak = 0


async def fetch(sem, url, delay):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"GET {url}")
        await asyncio.sleep(delay)
        active -= 1
        return url, len(url) * 10


async def main():
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    urls = {"/home": 0.03, "/about": 0.01, "/blog": 0.02, "/contact": 0.015}
    pages = await asyncio.gather(*(fetch(sem, u, d) for u, d in urls.items()))
    sizes = {url: size for url, size in pages}
    print(sizes)
    print("peak concurrency:", peak)


asyncio.run(main())
