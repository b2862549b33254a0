import asyncio


async def bad():
    await asyncio.sleep(0)
    raise ValueError("inner failure")


async def main():
    try:
        await asyncio.wait_for(bad(), timeout=1)
    except ValueError:
        print("ValueError passed through wait_for")


asyncio.run(main())
