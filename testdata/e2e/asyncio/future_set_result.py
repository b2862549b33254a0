# Futures the program completes itself: loop.create_future() and
# asyncio.Future(), set_result / set_exception, InvalidStateError, and a
# failing done callback that is reported while the others still run.
import asyncio


async def producer(fut, delay):
    await asyncio.sleep(delay)
    fut.set_result("payload")


async def failer(fut):
    await asyncio.sleep(0.01)
    fut.set_exception(ValueError("no data"))


def bad_callback(f):
    raise RuntimeError("callback broke")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.create_task(producer(fut, 0.02))
    print("waiting")
    print("got", await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f2 = asyncio.Future()
    f2.add_done_callback(bad_callback)
    f2.add_done_callback(lambda f: print("second callback still runs"))
    asyncio.create_task(failer(f2))
    try:
        await f2
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
