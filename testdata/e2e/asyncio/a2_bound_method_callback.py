# A list's bound method handed to the loop or a thread as the callback
# (call_soon(log.append, x)) changes the caller's list.
import asyncio
import threading


def collect():
    out = []
    t = threading.Thread(target=out.append, args=("from thread",))
    t.start()
    t.join()
    return out


async def main():
    loop = asyncio.get_running_loop()
    results = []
    loop.call_soon(results.append, "soon")
    loop.call_later(0.01, results.append, "later")
    h = loop.call_later(0.005, results.append, "cancelled")
    h.cancel()
    loop.call_soon(results.extend, ["a", "b"])
    await asyncio.sleep(0.02)
    print(results)
    print(collect())


asyncio.run(main())
