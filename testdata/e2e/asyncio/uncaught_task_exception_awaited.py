import asyncio


async def bad():
    await asyncio.sleep(0.001)
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(bad())
    await t


asyncio.run(main())
