import asyncio


async def child(name):
    try:
        print(name, "running")
        await asyncio.sleep(1)
    finally:
        print(name, "finally")


async def main():
    tasks = [asyncio.create_task(child("a")), asyncio.create_task(child("b"))]
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for r in results:
        print(type(r).__name__)


asyncio.run(main())
