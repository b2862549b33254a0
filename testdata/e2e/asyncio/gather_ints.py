import asyncio


async def square(n):
    await asyncio.sleep(0)
    return n * n


async def main():
    values = await asyncio.gather(square(1), square(2), square(3), square(4))
    total = 0
    for v in values:
        total += v
    print(values)
    print(total)


asyncio.run(main())
