import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n * 2

async def main():
    got = []
    t = asyncio.create_task(work(3))
    t.add_done_callback(lambda task: got.append(task.result()))
    t.add_done_callback(lambda task: print("done", task.result()))
    await t
    await asyncio.sleep(0)
    print(got)

asyncio.run(main())
