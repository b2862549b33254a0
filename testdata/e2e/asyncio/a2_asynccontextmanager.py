import asyncio
from contextlib import asynccontextmanager

log = []


class Conn:
    def __init__(self, n):
        self.n = n

    async def close(self):
        await asyncio.sleep(0.001)
        log.append(f"closed {self.n}")


@asynccontextmanager
async def connect(n):
    await asyncio.sleep(0.001)
    conn = Conn(n)
    log.append(f"opened {n}")
    try:
        yield conn
    finally:
        await conn.close()


async def use(n, fail):
    async with connect(n) as c:
        await asyncio.sleep(0.002)
        if fail:
            raise RuntimeError(f"query {c.n} failed")
        return c.n * 2


async def main():
    print(await use(1, False))
    try:
        await use(2, True)
    except RuntimeError as e:
        print("error:", e)
        log.append("handled")
    res = await asyncio.gather(use(3, False), use(4, True), return_exceptions=True)
    print(res)
    print(log)
    async with connect(5) as c:
        pass
    print(log[-1])
    await use(6, True)


asyncio.run(main())
