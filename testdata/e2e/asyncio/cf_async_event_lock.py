import asyncio


class Inventory:
    def __init__(self):
        self.stock = {"apple": 5, "pear": 2}
        self.lock = asyncio.Lock()
        self.sold = []

    async def buy(self, who, item):
        async with self.lock:
            have = self.stock.get(item, 0)
            await asyncio.sleep(0)
            if have == 0:
                return False
            self.stock[item] = have - 1
            self.sold.append((who, item))
            return True


async def shopper(inv, ready, who, item, times):
    await ready.wait()
    bought = 0
    for _ in range(times):
        if await inv.buy(who, item):
            bought += 1
    return who, bought


async def main():
    inv = Inventory()
    ready = asyncio.Event()
    shoppers = [asyncio.create_task(shopper(inv, ready, "s%d" % i, "apple" if i % 2 == 0 else "pear", 3)) for i in range(4)]
    await asyncio.sleep(0.01)
    print("nobody bought yet:", inv.sold)
    ready.set()
    results = await asyncio.gather(*shoppers)
    print(results)
    print(inv.stock, len(inv.sold))


asyncio.run(main())
