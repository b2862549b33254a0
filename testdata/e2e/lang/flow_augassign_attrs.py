class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = [0, 0]


acct = Account(100)
acct.balance -= 30
acct.balance += 5
acct.history[0] += 1
acct.history[-1] -= 2
print(acct.balance, acct.history)
