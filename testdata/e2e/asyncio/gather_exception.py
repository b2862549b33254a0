import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    print("ok", n)
    return n


async def bad():
    await asyncio.sleep(0.015)
    raise ValueError("boom")


async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(3))
    except ValueError:
        print("caught boom")
    await asyncio.sleep(0.05)
    print("end")


asyncio.run(main())
