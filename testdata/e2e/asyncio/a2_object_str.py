# How asyncio's queues and futures print, and the names of their types.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=3)
    print(q, q.maxsize)
    await q.put(1)
    q.put_nowait("two")
    print(q, q.maxsize)
    await q.get()
    q.task_done()
    print(q, str(q) == f"{q}")
    pq = asyncio.PriorityQueue()
    for p in (3, 1, 2):
        pq.put_nowait(p)
    print(pq)
    lq = asyncio.LifoQueue()
    print(lq)
    fut = asyncio.get_running_loop().create_future()
    print(fut, repr(fut))
    fut.set_result([1, 2])
    print(fut)
    bad = asyncio.get_running_loop().create_future()
    bad.set_exception(ValueError("nope"))
    print(bad)
    bad.exception()
    gone = asyncio.get_running_loop().create_future()
    gone.cancel()
    print(gone)
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    for obj in (q, pq, lq, fut, t, asyncio.Lock(), asyncio.Event(), asyncio.Semaphore()):
        print(type(obj).__name__, end=" ")
    print()
    lock = asyncio.Lock()
    async with lock:
        print(repr(lock).endswith("[locked]>"), repr(asyncio.Event()).endswith("[unset]>"))
    print(repr(asyncio.Semaphore(2)).endswith("[unlocked, value:2]>"))


asyncio.run(main())
