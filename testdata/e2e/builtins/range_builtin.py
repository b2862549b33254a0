# range as a value: list(range), in, len via list, negative steps.
print(list(range(5)), list(range(2, 8, 3)), list(range(10, 0, -3)), list(range(0)))
r = range(1, 4)
total = 0
for i in r:
    total += i
print(total, sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
