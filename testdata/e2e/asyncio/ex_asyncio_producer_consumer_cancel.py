import asyncio
import itertools

counter = itertools.count(1)


async def produce(queue, name, n):
    for _ in range(n):
        item = next(counter)
        await queue.put((name, item))
        print(f"{name} produced {item} (qsize={queue.qsize()})")
        await asyncio.sleep(0.005)


async def consume(queue, name, seen):
    try:
        while True:
            producer, item = await queue.get()
            seen.append(item)
            await asyncio.sleep(0.0005)
            queue.task_done()
    except asyncio.CancelledError:
        print(f"{name} stopping with {len(seen)} items")
        raise


async def main():
    queue = asyncio.Queue(maxsize=3)
    seen_a, seen_b = [], []
    consumers = [
        asyncio.create_task(consume(queue, "c-a", seen_a)),
        asyncio.create_task(consume(queue, "c-b", seen_b)),
    ]
    await asyncio.gather(produce(queue, "p1", 4), produce(queue, "p2", 3))
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("total consumed:", len(seen_a) + len(seen_b), sorted(seen_a + seen_b))


asyncio.run(main())
