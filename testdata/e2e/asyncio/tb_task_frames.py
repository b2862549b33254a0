# An exception raised in a task's coroutine, through a helper, awaited by
# the main coroutine: the traceback's frames name main, the task's
# coroutine and the helper with their lines.
import asyncio

def check(x):
    if x > 1:
        raise ValueError(f"bad {x}")
    return x

async def job(x):
    await asyncio.sleep(0)
    return check(x)

async def main():
    t = asyncio.create_task(job(2))
    return await t

asyncio.run(main())
