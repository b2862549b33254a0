def countdown(n):
    while n > 0:
        yield n
        n -= 1


for x in countdown(3):
    print(x)


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


total = 0
for e in evens(10):
    total += e
print(total)
print([v * 10 for v in countdown(4)])
