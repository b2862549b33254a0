import asyncio


class Inventory:
    def __init__(self):
        self.items = {"apple": 5, "pear": 2}
        self._lock = asyncio.Lock()

    async def take(self, name, qty, who):
        async with self._lock:
            have = self.items.get(name, 0)
            await asyncio.sleep(0.001)
            if have < qty:
                print(f"{who}: not enough {name} ({have} < {qty})")
                return False
            self.items[name] = have - qty
            print(f"{who}: took {qty} {name}, {self.items[name]} left")
            return True


async def main():
    inv = Inventory()
    orders = [("alice", "apple", 3), ("bob", "apple", 3), ("carol", "pear", 2), ("dave", "pear", 1)]
    results = await asyncio.gather(*[inv.take(item, qty, who) for who, item, qty in orders])
    print(dict(zip([o[0] for o in orders], results)))
    print(inv.items, inv._lock.locked())


asyncio.run(main())
