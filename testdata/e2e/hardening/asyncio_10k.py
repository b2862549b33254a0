import asyncio


async def task(n):
    await asyncio.sleep(0.01)
    return n * 2


async def main():
    results = await asyncio.gather(*[task(n) for n in range(10000)])
    print(len(results), sum(results))


asyncio.run(main())
