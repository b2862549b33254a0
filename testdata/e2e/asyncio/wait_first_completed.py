import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    tasks = [asyncio.create_task(job(3)), asyncio.create_task(job(1)), asyncio.create_task(job(2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for t in done:
        print("first", t.result())
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    print(sorted([t.result() for t in done]))


asyncio.run(main())
