# asyncio.all_tasks(): the tasks not done yet, the caller's included.
import asyncio


async def job(i):
    await asyncio.sleep(0.01 * i)
    return i


async def main():
    print(len(asyncio.all_tasks()))
    tasks = [asyncio.create_task(job(i), name=f"job-{i}") for i in range(1, 4)]
    running = asyncio.all_tasks()
    print(len(running), asyncio.current_task() in running)
    print(sorted(t.get_name() for t in running))
    await tasks[0]
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    others = asyncio.all_tasks() - {asyncio.current_task()}
    await asyncio.gather(*others)
    print(len(asyncio.all_tasks()), [t.result() for t in tasks])


asyncio.run(main())
