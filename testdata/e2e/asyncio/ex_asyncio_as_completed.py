import asyncio
import time


async def download(name, seconds):
    await asyncio.sleep(seconds)
    return name, seconds


async def main():
    start = time.perf_counter()
    coros = [download("big.iso", 0.06), download("small.txt", 0.01), download("mid.zip", 0.03)]
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        name, secs = await fut
        print(f"#{i} {name:<10} took {secs:.2f}s")
    elapsed = time.perf_counter() - start
    print("overlapped:", elapsed < 0.09)


asyncio.run(main())
