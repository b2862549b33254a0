# task.cancel(msg): the CancelledError carries the message, inside the
# task and where the task is awaited.
import asyncio


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log.append(f"inside: {e.args}")
        raise


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter:", e.args, str(e))
    print(log)
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t2.cancel(msg="bye"))
    res = await asyncio.gather(t2, return_exceptions=True)
    print(repr(res[0]))
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("future msg")
    try:
        await fut
    except asyncio.CancelledError as e:
        print("future:", e.args)
    f2 = asyncio.get_running_loop().create_future()
    f2.cancel("f2 msg")
    print(await asyncio.gather(f2, return_exceptions=True))
    t3 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t3.cancel(None)
    try:
        await t3
    except asyncio.CancelledError as e:
        print("none:", e.args)
    t4 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t4.cancel("uncaught")
    await t4


asyncio.run(main())
