import asyncio


async def job(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def main():
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(2), name="second")
    print(t1.get_name(), t2.get_name())
    print(await t2)
    print(await t1)
    print(t1.done(), t2.done())
    print(t1.result() + t2.result())


asyncio.run(main())
