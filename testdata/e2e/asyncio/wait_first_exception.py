import asyncio


async def job(n, fail):
    await asyncio.sleep(n)
    if fail:
        raise ValueError("bad")
    return n


async def main():
    tasks = [asyncio.create_task(job(0.5, False)), asyncio.create_task(job(0.01, True))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    for t in done:
        print(type(t.exception()).__name__)


asyncio.run(main())
