import asyncio


async def numbers():
    for i in range(3):
        yield i
        await asyncio.sleep(0)


async def main():
    g = numbers()
    print(await anext(g))


asyncio.run(main())
