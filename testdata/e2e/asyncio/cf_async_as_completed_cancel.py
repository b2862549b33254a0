import asyncio


async def download(name, delay):
    try:
        await asyncio.sleep(delay)
        return "%s:%s" % (name, delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def main():
    tasks = [asyncio.create_task(download("f%d" % i, 0.01 * (i + 1))) for i in range(3)]
    tasks.append(asyncio.create_task(download("huge", 5)))
    got = []
    try:
        for coro in asyncio.as_completed(tasks, timeout=0.2):
            got.append(await coro)
    except asyncio.TimeoutError:
        print("timeout after", len(got))
    for t in tasks:
        if not t.done():
            t.cancel()
    await asyncio.sleep(0)
    print(got)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
