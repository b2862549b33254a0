import asyncio


async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker closed")


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    agen = ticker(10)
    async for v in agen:
        print("got", v)
        if v == 2:
            break
    await agen.aclose()
    print("after aclose")

    t1 = asyncio.create_task(job("fast", 0.01))
    t2 = asyncio.create_task(job("slow", 0.5))
    done, pending = await asyncio.wait([t1, t2], timeout=0.1)
    print(len(done), len(pending))
    print([t.result() for t in done])
    print(type(done).__name__, type(pending).__name__)
    t2.cancel()
    done, pending = await asyncio.wait([t2])
    print(pending)
    print(t2.cancelled())


asyncio.run(main())
