# Leaving `async for` early does not run the async generator's finally at
# once: asyncio closes the generator in a task of its own, after the
# consumer's next await, or at the end of asyncio.run at the latest.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print(name, "finally")


async def rows(name):
    try:
        try:
            yield "header"
            for i in range(3):
                yield "row %d" % i
        finally:
            print(name, "inner finally")
    finally:
        print(name, "outer finally")


async def first_row(name):
    async for r in rows(name):
        if r.startswith("row"):
            return r
    return None


async def other(tag):
    for i in range(2):
        print(tag, i)
        await asyncio.sleep(0)


async def main():
    async for x in ticker("A", 5):
        print("A got", x)
        if x == 1:
            break
    print("after break A")
    await asyncio.sleep(0)
    print("after sleep A")
    await asyncio.sleep(0)
    print("after second sleep A")

    async for x in ticker("C", 2):
        print("C got", x)
    print("after C")

    print("first row:", await first_row("R"))
    await asyncio.gather(other("x"), other("y"))

    async for x in ticker("D", 5):
        if x == 0:
            break
    print("main end")


asyncio.run(main())
print("after run")
