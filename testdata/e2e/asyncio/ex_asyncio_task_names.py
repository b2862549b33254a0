import asyncio


async def step(label, delay):
    task = asyncio.current_task()
    print(f"{task.get_name()} running {label}")
    await asyncio.sleep(delay)
    return label.upper()


async def main():
    tasks = []
    for i, (label, delay) in enumerate([("alpha", 0.02), ("beta", 0.01), ("gamma", 0.03)]):
        tasks.append(asyncio.create_task(step(label, delay), name=f"step-{i}"))
    anon = asyncio.create_task(step("delta", 0.005))
    done = await asyncio.gather(*tasks, anon)
    print(done)
    for t in tasks:
        print(t.get_name(), t.done(), t.result())


asyncio.run(main())
