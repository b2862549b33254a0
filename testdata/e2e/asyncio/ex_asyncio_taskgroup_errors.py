import asyncio


class FetchError(Exception):
    pass


async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise FetchError(f"{name} unavailable")
    print(f"{name} fetched")
    return name


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("users", 0.01))
            tg.create_task(fetch("orders", 0.02, fail=True))
            tg.create_task(fetch("stock", 0.03, fail=True))
            tg.create_task(slow("report"))
    except ExceptionGroup as eg:
        print("caught:", eg)
        print("message:", eg.message)
        for exc in eg.exceptions:
            print(" -", type(exc).__name__, exc)
        print("all FetchError:", all(isinstance(e, FetchError) for e in eg.exceptions))

    group = ExceptionGroup("manual", [ValueError("a"), TypeError("b")])
    print(repr(str(group)), len(group.exceptions))
    raise group


asyncio.run(main())
