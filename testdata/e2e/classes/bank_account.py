class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.log.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: {self.balance}"


class SavingsAccount(Account):
    interest_rate = 0.05

    def add_interest(self):
        self.deposit(int(self.balance * SavingsAccount.interest_rate))


def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)


alice = Account("alice", 100)
bob = SavingsAccount("bob")
bob.deposit(1000)
transfer(alice, bob, 30)
print(alice, bob)
bob.add_interest()
print(bob, len(bob.log))
try:
    transfer(alice, bob, 500)
except InsufficientFunds as e:
    print("failed:", e, e.needed - e.available)
try:
    alice.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(alice.log)
print(Account.interest_rate, SavingsAccount.interest_rate)
