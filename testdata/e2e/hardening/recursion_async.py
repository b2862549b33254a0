# Coroutines that await themselves count their frames per task, and the
# RecursionError is caught in the task.
import asyncio


async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


async def guarded(n):
    try:
        return await depth(n)
    except RecursionError:
        return "RecursionError"


async def main():
    print(await depth(300))
    results = await asyncio.gather(guarded(200), guarded(5000), guarded(400))
    print(results)


asyncio.run(main())
