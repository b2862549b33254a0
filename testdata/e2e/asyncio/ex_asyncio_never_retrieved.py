import asyncio


async def faulty():
    await asyncio.sleep(0.001)
    raise RuntimeError("nobody checks me")


async def fine():
    await asyncio.sleep(0.002)
    return "fine"


async def main():
    t1 = asyncio.create_task(faulty())
    t2 = asyncio.create_task(fine())
    await asyncio.sleep(0.01)
    print("t1 done:", t1.done(), "t2 result:", t2.result())
    print("exception:", repr(t1.exception()))


asyncio.run(main())
print("after run")
