import itertools
from itertools import count, cycle, repeat, chain, islice, accumulate, takewhile, dropwhile

for i in count(10, 5):
    if i > 25:
        break
    print(i, end=" ")
print()
n = 0
for ch in cycle(["a", "b", "c"]):
    n += 1
    if n > 7:
        break
    print(ch, end="")
print()
for x in repeat("hi", 3):
    print(x)
for x in chain([1, 2], [3], [4, 5]):
    print(x, end=",")
print()
for x in chain([1, 2], ["a"]):
    print(x, end=",")
print()
for x in islice(count(), 5):
    print(x, end=" ")
print()
for x in islice([10, 20, 30, 40, 50, 60, 70], 1, 6, 2):
    print(x, end=" ")
print()
for x in islice(count(0.5, 0.25), 2, 5):
    print(x, end=" ")
print()
for x in accumulate([1, 2, 3, 4, 5]):
    print(x, end=" ")
print()


def mul(a, b):
    return a * b


for x in accumulate([1, 2, 3, 4, 5], mul):
    print(x, end=" ")
print()
for x in accumulate([3, 1, 4], initial=100):
    print(x, end=" ")
print()
for x in takewhile(lambda v: v < 4, [1, 2, 3, 4, 1, 2]):
    print(x, end=" ")
print()
for x in dropwhile(lambda v: v < 4, [1, 2, 3, 4, 1, 2]):
    print(x, end=" ")
print()
for x in itertools.filterfalse(lambda v: v % 2, [1, 2, 3, 4, 5, 6]):
    print(x, end=" ")
print()
for x in itertools.chain.from_iterable([[1, 2], [3, 4]]):
    print(x, end=" ")
print()
