import asyncio


async def long_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("long_job cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(0.05):
            await long_job()
    except TimeoutError:
        print("timed out as expected")

    async with asyncio.timeout(1):
        await asyncio.sleep(0.01)
        print("finished within the deadline")

    async with asyncio.timeout(None):
        await asyncio.sleep(0.01)
        print("no deadline")


asyncio.run(main())
