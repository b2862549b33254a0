import asyncio
import time


def blocking(n):
    time.sleep(0.02)
    return n * 2


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.001)


async def main():
    results = await asyncio.gather(asyncio.to_thread(blocking, 21), ticker())
    print(results[0])


asyncio.run(main())
