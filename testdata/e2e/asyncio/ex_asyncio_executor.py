import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def blocking_io(n):
    time.sleep(0.02 * n)
    return f"io-{n}"


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    r1 = await loop.run_in_executor(None, blocking_io, 1)
    print("default executor:", r1)
    with ThreadPoolExecutor(max_workers=2) as pool:
        r2 = await loop.run_in_executor(pool, cpu_bound, 1000)
        print("custom pool:", r2)
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, 3),
        asyncio.to_thread(blocking_io, 2),
        asyncio.to_thread(cpu_bound, 10),
    )
    print("to_thread:", results)


asyncio.run(main())
