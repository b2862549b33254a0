import asyncio


async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    print("producer done")


async def worker(name, inq, outq):
    while True:
        item = await inq.get()
        if item is None:
            inq.task_done()
            break
        await asyncio.sleep(0.001)
        await outq.put((name, item * item))
        inq.task_done()


async def collector(outq, expected):
    total = 0
    by_worker = {}
    for _ in range(expected):
        name, value = await outq.get()
        total += value
        by_worker[name] = by_worker.get(name, 0) + 1
    return total, sum(by_worker.values())


async def main():
    inq = asyncio.Queue(maxsize=5)
    outq = asyncio.Queue()
    workers = [asyncio.create_task(worker("w%d" % i, inq, outq)) for i in range(3)]
    coll = asyncio.create_task(collector(outq, 30))
    await producer(inq, 30)
    await inq.join()
    for _ in workers:
        await inq.put(None)
    await asyncio.gather(*workers)
    total, count = await coll
    print("total", total, "count", count)
    print(inq.empty(), outq.empty(), all(w.done() for w in workers))


asyncio.run(main())
