import asyncio


async def number(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def ratio(n):
    await asyncio.sleep(0.01 * n)
    return n / 8


async def shout(word):
    await asyncio.sleep(0.005)
    print("shout", word)


async def main():
    tasks = [asyncio.create_task(number(3)), asyncio.create_task(ratio(2)), asyncio.create_task(shout("hi"))]
    print(await asyncio.gather(*tasks))
    more = [asyncio.create_task(ratio(1)), asyncio.create_task(number(2))]
    done, pending = await asyncio.wait(more)
    print(len(done), len(pending), sorted(str(t.result()) for t in done))
    order = []
    for fut in asyncio.as_completed([asyncio.create_task(number(2)), asyncio.create_task(ratio(1))]):
        order.append(await fut)
    print(order)
    print(await asyncio.gather(number(1), ratio(4), shout("there")))


asyncio.run(main())
