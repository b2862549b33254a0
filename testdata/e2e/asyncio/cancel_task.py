import asyncio


async def forever():
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print("cancelled inside")
        raise
    finally:
        print("finally runs")


async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.03)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done())
    print(t.cancel())


asyncio.run(main())
