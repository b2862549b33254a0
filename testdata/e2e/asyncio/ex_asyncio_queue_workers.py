import asyncio
import random


async def worker(name, queue, results):
    while True:
        item = await queue.get()
        await asyncio.sleep(item / 100)
        results.append((name, item))
        print(f"{name} processed {item}")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = []
    for item in [6, 1, 4, 2, 9, 3]:
        queue.put_nowait(item)
    workers = [asyncio.create_task(worker(f"worker-{i}", queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("cancelled:", sum(isinstance(o, asyncio.CancelledError) for o in outcome))
    by_worker = {}
    for name, item in results:
        by_worker.setdefault(name, []).append(item)
    for name in sorted(by_worker):
        print(name, by_worker[name])


asyncio.run(main())
