# An async generator kept in a variable and left early is closed only when
# the coroutine holding it returns (then asyncio schedules its aclose).
import asyncio


async def lines(name):
    try:
        for i in range(5):
            await asyncio.sleep(0)
            yield "%s-%d" % (name, i)
    finally:
        print(name, "closed")


async def head(name, n):
    gen = lines(name)
    out = []
    async for line in gen:
        out.append(line)
        if len(out) == n:
            break
    print(name, "head done")
    await asyncio.sleep(0)
    print(name, "after sleep")
    return out


async def main():
    print(await head("a", 2))
    print("main resumed")
    await asyncio.sleep(0)
    print("main after sleep")
    g = lines("b")
    async for line in g:
        async for inner in lines("c"):
            print(line, inner)
            break
        break
    print("loops left")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
print("after run")
