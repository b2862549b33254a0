import asyncio

active = 0
peak = 0


async def fetch(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
    if i % 5 == 4:
        raise RuntimeError("item %d failed" % i)
    return i * 10


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*[fetch(sem, i) for i in range(10)], return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    bad = [str(r) for r in results if isinstance(r, Exception)]
    print(ok)
    print(bad)
    print("peak", peak)
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")


asyncio.run(main())
