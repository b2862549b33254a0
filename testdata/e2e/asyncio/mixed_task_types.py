import asyncio


async def ok(n):
    await asyncio.sleep(n)
    return n


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad")


async def main():
    tasks = [asyncio.create_task(ok(0.5)), asyncio.create_task(bad())]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()


asyncio.run(main())
