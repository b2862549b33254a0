import asyncio


async def main():
    v = await asyncio.sleep(0.001, "value")
    print(v)
    n = await asyncio.sleep(0, 5)
    print(n + 1)


asyncio.run(main())
