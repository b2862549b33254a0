import asyncio


class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"closed {self.host}")
        return False

    async def query(self, q):
        await asyncio.sleep(0.005)
        return f"{q} @ {self.host}"


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.001)
        self.current -= 1
        return self.current + 1


async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.001)
        yield i * i


async def main():
    async with Connection("db.local") as conn:
        print(await conn.query("SELECT 1"))
        print("open inside:", conn.open)
    print("open after:", conn.open)
    async for n in Countdown(3):
        print("countdown", n)
    squares = [x async for x in ticker(5)]
    print(squares)


asyncio.run(main())
