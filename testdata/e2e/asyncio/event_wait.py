import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")


async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, "w1")), asyncio.create_task(waiter(ev, "w2"))]
    await asyncio.sleep(0.01)
    print("setting", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("done", ev.is_set())


asyncio.run(main())
