import asyncio


async def producer(q):
    for i in range(3):
        await asyncio.sleep(0.01)
        await q.put("msg%d" % i)


async def consumer(q):
    received = []
    while True:
        try:
            msg = await asyncio.wait_for(q.get(), timeout=0.1)
        except asyncio.TimeoutError:
            break
        received.append(msg)
        q.task_done()
    return received


async def main():
    q = asyncio.Queue()
    prod = asyncio.create_task(producer(q))
    received = await consumer(q)
    await prod
    print(received, q.qsize())


asyncio.run(main())
