import asyncio


async def slow():
    await asyncio.sleep(0.4)
    return 1.5


async def fast():
    await asyncio.sleep(0.01)
    print("fast")


async def main():
    t1 = asyncio.create_task(slow())
    t2 = asyncio.create_task(fast())
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_COMPLETED)
    print(t2 in done, t1 in pending, t1 in done)
    await t1
    print(t1.result())


asyncio.run(main())
