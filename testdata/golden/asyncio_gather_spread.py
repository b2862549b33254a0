import asyncio


async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i))
    if i % 3 == 0:
        raise ValueError(f"bad item {i}")
    return i * 100


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(1, 7)), return_exceptions=True)
    for i, r in enumerate(results, start=1):
        if isinstance(r, Exception):
            print(f"{i}: error {r!r}")
        else:
            print(f"{i}: ok {r}")
    ok = [r for r in results if not isinstance(r, Exception)]
    print("sum of successes:", sum(ok))


asyncio.run(main())
