import asyncio


async def consumer(cond, shared, name):
    async with cond:
        await cond.wait_for(lambda: len(shared) > 0)
        item = shared.pop(0)
        print(f"{name} consumed {item}")


async def producer(cond, shared):
    for i in range(3):
        await asyncio.sleep(0.005)
        async with cond:
            shared.append(f"item-{i}")
            cond.notify()
    print("producer done")


async def main():
    cond = asyncio.Condition()
    shared = []
    await asyncio.gather(
        consumer(cond, shared, "A"),
        consumer(cond, shared, "B"),
        consumer(cond, shared, "C"),
        producer(cond, shared),
    )
    print("left:", shared)


asyncio.run(main())
