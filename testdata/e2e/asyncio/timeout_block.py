import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
            print("not reached")
    except TimeoutError:
        print("block timed out")
    async with asyncio.timeout(1):
        await asyncio.sleep(0.001)
        print("fast block done")
    async with asyncio.timeout(None):
        print("no limit")


asyncio.run(main())
