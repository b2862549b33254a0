import asyncio


class Fetcher:
    def __init__(self, base):
        self.base = base

    async def fetch(self, n):
        await asyncio.sleep(0.01 * n)
        return self.base + n

    async def log(self, msg):
        await asyncio.sleep(0)
        print("log", msg)

    async def fail(self):
        await asyncio.sleep(0)
        raise RuntimeError("fetch failed")


async def main():
    f = Fetcher(10)
    print(await f.fetch(1))
    await f.log("hi")
    t = asyncio.create_task(f.fetch(2), name="fetcher")
    print(t.get_name(), "coro=<Fetcher.fetch()" in repr(t))
    print(await t)
    print(await asyncio.gather(f.fetch(3), f.fetch(1), f.log("both")))
    try:
        await f.fail()
    except RuntimeError as e:
        print("caught", e)
    await f.fail()


asyncio.run(main())
