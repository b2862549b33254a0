import asyncio


class RetryableError(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i % 3 == 0:
        raise RetryableError(i)
    if i == 4:
        raise ValueError("bad four")
    return i * i


async def batch(ids):
    results = {}
    status = "ok"
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {i: tg.create_task(fetch(i)) for i in ids}
    except* RetryableError as eg:
        for e in eg.exceptions:
            print("retry later:", e.attempt, isinstance(e, RetryableError))
        status = "partial"
    except* ValueError as eg:
        print("invalid:", [str(e) for e in eg.exceptions], eg.message)
        status = "invalid"
    else:
        for i, t in tasks.items():
            results[i] = t.result()
    return status, results


async def main():
    print(await batch([1, 2]))
    print(await batch([1, 3]))
    print(await batch([1, 4]))
    try:
        await batch_raising()
    except* KeyError as eg:
        print("outer caught", repr(eg))


async def batch_raising():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch(4))
    except* ValueError:
        raise KeyError("converted")


asyncio.run(main())
