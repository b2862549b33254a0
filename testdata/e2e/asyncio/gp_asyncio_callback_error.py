import asyncio


async def job(n):
    await asyncio.sleep(0.01)
    return n


def report(task):
    print("result", task.result())
    raise ValueError("callback failed")


async def main():
    t = asyncio.create_task(job(5))
    t.add_done_callback(report)
    await t
    await asyncio.sleep(0.01)
    print("main goes on")


asyncio.run(main())


class Watcher:
    def __init__(self):
        self.seen = []

    def on_done(self, fut):
        self.seen.append(fut.result())
        raise KeyError("watcher")


async def second():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    w = Watcher()
    fut.add_done_callback(w.on_done)
    fut.set_result("ok")
    await asyncio.sleep(0.01)
    print("seen", w.seen)
    t = asyncio.create_task(job(7))
    t.add_done_callback(lambda task: print("lambda saw", task.result()))
    await t
    await asyncio.sleep(0)


asyncio.run(second())
