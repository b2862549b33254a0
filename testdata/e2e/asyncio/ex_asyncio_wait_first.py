import asyncio


async def racer(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(racer(n, d)) for n, d in [("tortoise", 0.05), ("hare", 0.01), ("snail", 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop().result()
    print("winner:", winner)
    print("still running:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled all:", all(t.cancelled() for t in pending))


asyncio.run(main())
