# A bank account whose fields are written under the program's own lock, and
# a stats object written without one.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()
        self.history = []

    def deposit(self, amount):
        with self.lock:
            self.balance += amount
            self.history.append(("deposit", amount))

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                self.history.append(("withdraw", amount))
                return True
            return False


class Stats:
    def __init__(self):
        self.ok = 0
        self.failed = 0


def client(acct, stats, n):
    for i in range(n):
        acct.deposit(3)
        if acct.withdraw(5):
            stats.ok += 1
        else:
            stats.failed += 1


acct = Account(100)
stats = Stats()
ts = [threading.Thread(target=client, args=(acct, stats, 500)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(stats.ok + stats.failed)
print(acct.balance == 100 + 3 * 2000 - 5 * stats.ok)
print(len(acct.history) == 2000 + stats.ok)
