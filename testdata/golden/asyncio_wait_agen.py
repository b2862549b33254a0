# asyncio.wait over a set of tasks, and an async generator left early.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def numbers(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("numbers closed")


async def main():
    tasks = {asyncio.create_task(job(n, d)) for n, d in [("a", 0.01), ("b", 0.5)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    async for x in numbers(10):
        if x == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
