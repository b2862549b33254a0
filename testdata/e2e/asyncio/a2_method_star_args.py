# A method called with a tuple spread into its arguments (bank.transfer(*t))
# inside gather of a comprehension, with a lock, Condition and Event.
import asyncio
from collections import defaultdict, Counter


class Bank:
    def __init__(self):
        self.accounts = defaultdict(int)
        self.lock = asyncio.Lock()
        self.log: list[tuple[str, int]] = []

    async def transfer(self, src: str, dst: str, amount: int) -> bool:
        async with self.lock:
            if self.accounts[src] < amount:
                self.log.append(("rejected", amount))
                return False
            self.accounts[src] -= amount
            await asyncio.sleep(0)
            self.accounts[dst] += amount
            self.log.append(("ok", amount))
            return True


async def main() -> None:
    bank = Bank()
    bank.accounts["alice"] = 100
    bank.accounts["bob"] = 50
    transfers = [("alice", "bob", 30), ("bob", "carol", 70), ("alice", "carol", 80), ("bob", "alice", 10)]
    results = await asyncio.gather(*[bank.transfer(*t) for t in transfers])
    print(results)
    print(dict(bank.accounts))
    print(Counter(kind for kind, _ in bank.log))
    print(sum(bank.accounts.values()))
    cond = asyncio.Condition()
    ready = []

    async def waiter(i):
        async with cond:
            await cond.wait()
            ready.append(i)

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(sorted(ready))
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event timeout", ev.is_set())
    q: asyncio.Queue[str] = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    t = asyncio.create_task(asyncio.sleep(0.001, result=5))
    t.add_done_callback(lambda fut: print("done callback got", fut.result()))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
