import asyncio


async def level3(x):
    await asyncio.sleep(0)
    return x * 3


async def level2(x):
    return await level3(x) + 2


async def level1(x):
    v = await level2(x)
    return v * 10


async def main():
    print(await level1(1))
    t = asyncio.create_task(level1(2))
    print(await t)


asyncio.run(main())
