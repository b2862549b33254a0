import asyncio


async def waiter(event, name):
    print(f"{name} waiting for the signal")
    await event.wait()
    print(f"{name} got the signal")
    return name


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.02)
    print("is_set before:", event.is_set())
    event.set()
    names = await asyncio.gather(*tasks)
    print("is_set after:", event.is_set(), names)
    event.clear()
    try:
        await asyncio.wait_for(event.wait(), timeout=0.02)
    except asyncio.TimeoutError:
        print("cleared event times out")


asyncio.run(main())
