class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return len(self.items) > 0

    def __contains__(self, x):
        return x in self.items

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)


s = Stack()
print(len(s), bool(s))
for i in range(5):
    s.push(i * i)
print(len(s), 9 in s, 10 in s, s[0], s[-1])
print([x for x in s])
total = 0
for x in s:
    total += x
print(total)
print(s.pop(), len(s))
while s:
    s.pop()
print("empty", len(s))
