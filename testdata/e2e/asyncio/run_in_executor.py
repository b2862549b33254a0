import asyncio
import time


def blocking(a, b):
    time.sleep(0.01)
    return a + b


async def main():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, 2, 3)
    print(r)


asyncio.run(main())
