import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        print("slow finished")
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def crash():
    await asyncio.sleep(0.01)
    raise ValueError("crash")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(crash())
            await asyncio.sleep(1)
            print("body not finished")
    except Exception:
        print("group failed")
    print("after group")


asyncio.run(main())
