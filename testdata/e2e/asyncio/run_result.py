import asyncio


async def compute(x):
    await asyncio.sleep(0.001)
    return x + 1


async def main():
    a = await compute(1)
    b = await compute(a)
    return a * b


print(asyncio.run(main()))
print("after run")
