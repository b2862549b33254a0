import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return f"{name} after {delay}s"


async def main():
    results = await asyncio.gather(fetch("a", 0.03), fetch("b", 0.02), fetch("c", 0.01))
    for r in results:
        print(r)
    print(len(results))


asyncio.run(main())
