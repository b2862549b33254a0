import asyncio


async def validate(x):
    await asyncio.sleep(0.001 * x)
    if x > 2:
        raise ValueError(f"value too large: {x}")
    return x


async def main():
    total = 0
    for x in range(5):
        total += await validate(x)
        print("running total", total)


asyncio.run(main())
