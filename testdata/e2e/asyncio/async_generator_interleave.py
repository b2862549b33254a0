import asyncio


async def numbers(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print(name, "yields", i)
        yield i
    print(name, "done")


async def squares(src):
    async for v in src:
        yield v * v


async def consume(name, n, delay):
    total = 0
    async for v in numbers(name, n, delay):
        total += v
        if v == 10:
            break
    else:
        print(name, "no break")
    return total


async def first_big(limit):
    async for v in numbers("fb", 10, 0):
        if v > limit:
            return v
    return -1


async def main():
    a, b = await asyncio.gather(consume("a", 3, 0), consume("b", 4, 0))
    print("totals", a, b)
    print([s async for s in squares(numbers("sq", 4, 0))])
    print([s async for s in squares(numbers("ev", 6, 0)) if s % 2 == 0])
    print(await first_big(2))


asyncio.run(main())
