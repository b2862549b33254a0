# An async generator kept in a variable, handed to another coroutine
# that stops early, then closed with aclose() by its owner; and one
# closed before it ever ran.
import asyncio


async def numbers(label):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print(label, "closed")


async def take(n, agen):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    return out


async def main():
    g = numbers("g")
    print(await take(3, g))
    await g.aclose()
    print("after aclose")
    unused = numbers("unused")
    await unused.aclose()
    print("never started: no finally")
    h = numbers("h")
    print(await take(2, h))
    print("h still open until main returns")


asyncio.run(main())
