import asyncio


async def delayed(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    for c in asyncio.as_completed([delayed(3), delayed(1), delayed(2)]):
        r = await c
        print("finished", r)


asyncio.run(main())
