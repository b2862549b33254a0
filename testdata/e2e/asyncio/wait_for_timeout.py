import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        print("not reached")
    finally:
        print("slow cleanup")
    return 1


async def fast():
    await asyncio.sleep(0.01)
    return 2


async def main():
    print(await asyncio.wait_for(fast(), timeout=1))
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(fast(), None))


asyncio.run(main())
