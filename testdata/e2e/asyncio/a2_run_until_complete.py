# The event loop driven by the program: get_event_loop, new_event_loop,
# set_event_loop, run_until_complete, run_forever and stop, close.
import asyncio


async def hello(n):
    await asyncio.sleep(0.001 * n)
    print("hello", n)
    return n


def on_tick(loop, count, limit):
    count.append(loop.time())
    print("tick", len(count))
    if len(count) >= limit:
        loop.stop()
    else:
        loop.call_later(0.03, on_tick, loop, count, limit)


async def background(results):
    await asyncio.sleep(0.002)
    results.append("background done")
    print("same loop:", asyncio.get_event_loop() is asyncio.get_running_loop())


loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello(1)))
t = loop.create_task(hello(3))
print(loop.run_until_complete(asyncio.sleep(0.01, "slept")), t.done())
print(loop.run_until_complete(asyncio.gather(hello(2), hello(1))))
loop.close()
print("closed", loop.is_closed())

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
results = []
ticks = []
loop.call_soon(on_tick, loop, ticks, 3)
task = loop.create_task(background(results))
loop.run_forever()
print(results, task.done(), loop.is_running())
fut = loop.create_future()
loop.call_later(0.001, lambda: fut.set_result("set later"))
print(loop.run_until_complete(fut))
loop.close()
try:
    loop.run_until_complete(fut)
except RuntimeError as e:
    print("RuntimeError:", e)
