class Stack:
    def __init__(self):
        self.items = []
        self.size = 0

    def push(self, x):
        self.items.append(x)
        self.size += 1

    def pop(self):
        self.size -= 1
        return self.items[self.size]

    def __len__(self):
        return self.size

    def __bool__(self):
        return self.size > 0

    def __contains__(self, x):
        for i in range(self.size):
            if self.items[i] == x:
                return True
        return False

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if i < 0 or i >= self.size:
            raise IndexError("stack index out of range")
        return self.items[i]

    def __iter__(self):
        return StackIter(self)


class StackIter:
    def __init__(self, stack):
        self.stack = stack
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.stack):
            raise StopIteration
        self.pos += 1
        return self.stack[self.pos - 1]


s = Stack()
print(len(s), not s)
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
print("empty", len(s), 0 in s)
try:
    print(s[0])
except IndexError as e:
    print("IndexError:", e)
