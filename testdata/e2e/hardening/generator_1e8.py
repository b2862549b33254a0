def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


total = 0
for x in numbers(100000000):
    total += x & 1
print(total)
