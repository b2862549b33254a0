import threading


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                raise ValueError("insufficient funds in %s" % self.name)
            self.balance -= amount


class Bank:
    def __init__(self, accounts):
        self.accounts = accounts
        self.failed = 0
        self.lock = threading.Lock()

    def transfer(self, src, dst, amount):
        first, second = sorted([src, dst], key=lambda a: a.name)
        with first.lock:
            with second.lock:
                try:
                    src.withdraw(amount)
                except ValueError:
                    with self.lock:
                        self.failed += 1
                    return False
                dst.deposit(amount)
                return True

    def total(self):
        return sum(a.balance for a in self.accounts)


accounts = [Account("acct%d" % i, 100) for i in range(4)]
bank = Bank(accounts)


def client(k):
    for i in range(200):
        src = accounts[(k + i) % 4]
        dst = accounts[(k + i + 1) % 4]
        bank.transfer(src, dst, (i % 5) * 10)


threads = [threading.Thread(target=client, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total", bank.total())
print("failed is int", isinstance(bank.failed, int), bank.failed >= 0)
try:
    Account("x", 5).withdraw(10)
except ValueError as e:
    print("error:", e)
