import asyncio
from concurrent.futures import ThreadPoolExecutor, as_completed


def sq(x):
    return x * x


def nothing(x):
    pass


async def a():
    await asyncio.sleep(0.01)
    return "a"


async def b():
    await asyncio.sleep(0.02)
    return 2


async def main():
    t1 = asyncio.create_task(a())
    t2 = asyncio.create_task(b())
    done, _ = await asyncio.wait([t1, t2])
    print(sorted(str(t.result()) for t in done))
    tasks = [asyncio.create_task(a()), asyncio.create_task(b())]
    for t in tasks:
        print(await t)
    print(t1 in done, await t1, await t2)
    coros = [a(), b()]
    print(await asyncio.gather(*coros))


with ThreadPoolExecutor(2) as ex:
    futs = {ex.submit(sq, 3): "sq", ex.submit(nothing, 1): "nothing"}
    print(sorted(futs[f] + "=" + str(f.result()) for f in as_completed(futs)))
    picks = [ex.submit(sq, i) if i % 2 else ex.submit(nothing, i) for i in range(4)]
    print([p.result() for p in picks])
asyncio.run(main())
