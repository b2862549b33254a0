import asyncio


async def work(n):
    if n % 2 == 0:
        raise ValueError(f"bad {n}")
    if n == 3:
        raise KeyError(n)
    await asyncio.sleep(0.01)
    return n * 10


async def ok(n):
    await asyncio.sleep(0.01)
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(1, 5):
                tg.create_task(work(i))
    except* ValueError as eg:
        print("values:", eg.exceptions)
        print(repr(eg))
        print(type(eg).__name__, len(eg.exceptions))
    except* KeyError as eg:
        print("keys:", eg.exceptions)
        print(str(eg))
    else:
        print("no errors")
    print("done")

    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok(1))
            t2 = tg.create_task(ok(2))
    except* Exception as eg:
        print("unexpected", eg)
    else:
        print("results", t1.result(), t2.result())
    finally:
        print("cleanup")


asyncio.run(main())
