from itertools import starmap, zip_longest, pairwise, repeat, cycle, takewhile, dropwhile, filterfalse, tee, islice
import itertools

def power(b, e):
    return b ** e

print(list(starmap(power, [(2, 3), (3, 2), (10, 0)])))
print(list(itertools.starmap(lambda a, b: a + b, zip([1, 2], [10, 20]))))
for s in starmap(lambda name, n: name * n, [("ab", 2), ("c", 3)]):
    print(s)
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(pairwise([1, 2, 4, 7])))
print(list(repeat("x", 3)), list(islice(cycle([1, 2]), 5)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))))
a, b = tee([1, 2, 3])
print(list(a), list(b))
x, y, z = tee(iter("ab"), 3)
print(next(x), list(y), list(x), list(z))
