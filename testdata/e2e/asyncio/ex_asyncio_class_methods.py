import asyncio


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.lock = asyncio.Lock()
        self.history = []

    async def deposit(self, amount):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.001)
            self.balance = current + amount
            self.history.append(("deposit", amount))

    async def withdraw(self, amount):
        async with self.lock:
            if amount > self.balance:
                raise ValueError(f"insufficient funds: {self.balance} < {amount}")
            await asyncio.sleep(0.001)
            self.balance -= amount
            self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"


async def main():
    acct = Account("alice", 100)
    await asyncio.gather(*(acct.deposit(10) for _ in range(5)))
    print(acct)
    try:
        await acct.withdraw(500)
    except ValueError as e:
        print("error:", e)
    await acct.withdraw(30)
    print(acct, len(acct.history))
    kinds = {}
    for kind, amount in acct.history:
        kinds[kind] = kinds.get(kind, 0) + amount
    print(kinds)


asyncio.run(main())
