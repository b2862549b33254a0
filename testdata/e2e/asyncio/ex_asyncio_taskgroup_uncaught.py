import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 3:
        raise ValueError("job 3 failed")
    print("job", n)


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(1, 5):
            tg.create_task(job(n))
    print("unreachable")


asyncio.run(main())
