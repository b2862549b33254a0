import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    print("work", n)
    return n * n


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work(2))
        t2 = tg.create_task(work(1))
        print("tasks created")
    print("group done", t1.result(), t2.result())


asyncio.run(main())
