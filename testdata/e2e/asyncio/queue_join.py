import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.001 * item)
        print(name, "handled", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(6):
        q.put_nowait(i)
    print("size", q.qsize())
    workers = [asyncio.create_task(worker("w1", q)), asyncio.create_task(worker("w2", q))]
    await q.join()
    print("all done", q.empty())
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


asyncio.run(main())
