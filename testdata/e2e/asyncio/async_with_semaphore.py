import asyncio


async def limited(sem, n):
    async with sem:
        print("start", n)
        await asyncio.sleep(0.01)
        print("end", n)
    return n * 2


async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(limited(sem, 1), limited(sem, 2), limited(sem, 3)))


asyncio.run(main())
