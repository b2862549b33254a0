import asyncio


async def ok(n):
    await asyncio.sleep(0)
    return n


async def bad(msg):
    await asyncio.sleep(0)
    raise KeyError(msg)


async def main():
    results = await asyncio.gather(ok(1), bad("x"), ok(3), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())
