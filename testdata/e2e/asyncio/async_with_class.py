import asyncio


class Resource:
    opened = 0

    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("exit", self.name, exc_type is not None)
        return self.swallow


class Ticker:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 1.5


async def worker(name):
    async with Resource(name, True) as tag:
        print("in", tag)
        await asyncio.sleep(0.02)
        raise ValueError(name)
    print("after", name)


async def main():
    await asyncio.gather(worker("x"), worker("y"))
    try:
        async with Resource("z", False) as tag:
            print("in", tag)
            raise KeyError("k")
    except KeyError as e:
        print("caught", repr(e))
    print([t async for t in Ticker(3)])
    total = 0.0
    async for t in Ticker(4):
        total += t
    print(total)


asyncio.run(main())
