import asyncio


async def job(n):
    await asyncio.sleep(n)
    return n


async def main():
    fast = asyncio.create_task(job(0.01))
    slow = asyncio.create_task(job(1))
    done, pending = await asyncio.wait([fast, slow], timeout=0.1)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    print(fast.done(), slow.done())


asyncio.run(main())
