# Task and Future done callbacks: they run through the loop in the order
# they and awaiting tasks were added, with the task itself as argument.
import asyncio

results = []


async def work(n):
    await asyncio.sleep(0.01 * n)
    if n == 3:
        raise ValueError("three")
    return n * 10


def report(task):
    if task.exception() is not None:
        print("callback:", task.get_name(), "failed:", task.exception())
    else:
        print("callback:", task.get_name(), "->", task.result())
    results.append(task.get_name())


async def main():
    tasks = []
    for i in range(1, 4):
        t = asyncio.create_task(work(i), name=f"job-{i}")
        t.add_done_callback(report)
        tasks.append(t)
    t = tasks[0]
    r = await t
    print("main got", r)
    done = await asyncio.gather(*tasks, return_exceptions=True)
    print(done)
    fut = asyncio.get_running_loop().create_future()
    fut.add_done_callback(lambda f: print("future done with", f.result()))
    fut.set_result(7)
    await asyncio.sleep(0)
    print(sorted(results))


asyncio.run(main())
