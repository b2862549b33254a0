import asyncio


async def slow_op(name, delay):
    print(f"{name}: started")
    await asyncio.sleep(delay)
    print(f"{name}: finished")
    return f"{name}-result"


async def main():
    try:
        r = await asyncio.wait_for(slow_op("fast", 0.01), timeout=0.5)
        print("got", r)
    except asyncio.TimeoutError:
        print("fast timed out?")
    try:
        r = await asyncio.wait_for(slow_op("slow", 1.0), timeout=0.05)
        print("got", r)
    except asyncio.TimeoutError:
        print("slow timed out")
    for attempt in range(1, 4):
        try:
            r = await asyncio.wait_for(slow_op(f"try{attempt}", 0.1 / attempt), timeout=0.06)
            print("attempt", attempt, "->", r)
            break
        except asyncio.TimeoutError:
            print("attempt", attempt, "timed out")


asyncio.run(main())
