import asyncio


async def scheduler(queue):
    jobs = [(3, "low: cleanup"), (1, "urgent: page on-call"), (2, "normal: send report"), (1, "urgent: restart db")]
    for prio, job in jobs:
        await queue.put((prio, job))
    print("queued", queue.qsize(), "jobs")


async def runner(queue):
    while not queue.empty():
        prio, job = await queue.get()
        await asyncio.sleep(0.001)
        print(f"[p{prio}] {job}")
        queue.task_done()


async def main():
    queue = asyncio.PriorityQueue()
    await scheduler(queue)
    await runner(queue)
    await queue.join()
    lifo = asyncio.LifoQueue()
    for i in range(3):
        lifo.put_nowait(i)
    print([lifo.get_nowait() for _ in range(3)])


asyncio.run(main())
