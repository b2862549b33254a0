import asyncio


async def child():
    print("child starts")
    await asyncio.sleep(0)
    print("child ends")
    return 7


async def main():
    t = asyncio.create_task(child())
    print("created")
    await asyncio.sleep(0)
    print("main after first yield")
    v = await t
    print("got", v)


asyncio.run(main())
