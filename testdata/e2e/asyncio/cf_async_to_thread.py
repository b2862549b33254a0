import asyncio
import threading
import time


class Meter:
    def __init__(self):
        self.blocking_calls = 0
        self.lock = threading.Lock()

    def blocking_io(self, n):
        time.sleep(0.01)
        with self.lock:
            self.blocking_calls += 1
        return n * 3


async def tick(log):
    for i in range(3):
        log.append("tick %d" % i)
        await asyncio.sleep(0.005)


async def main():
    meter = Meter()
    log = []
    results = await asyncio.gather(
        asyncio.to_thread(meter.blocking_io, 1),
        asyncio.to_thread(meter.blocking_io, 2),
        tick(log),
    )
    print(results[0], results[1], results[2])
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, meter.blocking_io, 5)
    print(r, meter.blocking_calls)
    print(log)


asyncio.run(main())
