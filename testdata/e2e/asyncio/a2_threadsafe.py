# Threads handing work to the running loop: call_soon_threadsafe and
# run_coroutine_threadsafe (whose concurrent future the thread waits on).
import asyncio
import threading
import time


def blocking_producer(loop, q, n):
    for i in range(n):
        time.sleep(0.002)
        loop.call_soon_threadsafe(q.put_nowait, i)
    loop.call_soon_threadsafe(q.put_nowait, None)


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    t = threading.Thread(target=blocking_producer, args=(loop, q, 4))
    t.start()
    got = []
    while True:
        item = await q.get()
        if item is None:
            break
        got.append(item)
    t.join()
    print("got", got)

    async def square(x):
        await asyncio.sleep(0.001)
        return x * x

    def from_thread(results):
        fut = asyncio.run_coroutine_threadsafe(square(7), loop)
        results.append(fut.result(timeout=1))

    results = []
    th = threading.Thread(target=from_thread, args=(results,))
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.001)
    print("from thread", results)


asyncio.run(main())
