import asyncio


async def critical_save(data):
    await asyncio.sleep(0.03)
    print("saved", data)
    return len(data)


async def main():
    task = asyncio.create_task(critical_save("payload"))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out waiting, but save continues")
    n = await task
    print("save result", n, task.done(), task.cancelled())


asyncio.run(main())
