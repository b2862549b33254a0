import asyncio
import contextlib


async def main():
    async with contextlib.AsyncExitStack() as stack:
        stack.push_async_callback(asyncio.sleep, 0)
        print("in stack")


asyncio.run(main())
