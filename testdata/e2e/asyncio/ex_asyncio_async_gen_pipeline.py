import asyncio


async def numbers(limit):
    for n in range(1, limit + 1):
        await asyncio.sleep(0.001)
        yield n


async def evens(source):
    async for n in source:
        if n % 2 == 0:
            yield n


async def main():
    collected = []
    async for n in evens(numbers(10)):
        collected.append(n)
        if n >= 8:
            break
    print("collected", collected)
    total = 0
    async for n in numbers(4):
        total += n
    print("total", total)
    squares = {n: n * n async for n in numbers(3)}
    print(squares)


asyncio.run(main())
