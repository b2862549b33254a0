import asyncio


async def fail():
    await asyncio.sleep(0)
    raise RuntimeError("main failed")


async def main():
    print("start")
    await fail()


asyncio.run(main())
