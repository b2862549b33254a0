import asyncio


async def never():
    print("never printed")
    return 1


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it ran")
    print(t.cancelled())


asyncio.run(main())
