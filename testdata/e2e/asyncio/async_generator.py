import asyncio


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i * 2


async def main():
    async for v in ticker(3):
        print("tick", v)
    xs = [x async for x in ticker(4)]
    print(xs)


asyncio.run(main())
