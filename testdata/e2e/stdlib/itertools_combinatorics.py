import itertools
from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest, groupby

for t in product([1, 2], ["a", "b"]):
    print(t)
for a, b in product("xy", repeat=2):
    print(a + b, end=" ")
print()
for p in permutations([1, 2, 3]):
    print(p, end=" ")
print()
for p in permutations("abcd", 2):
    print(p[0] + p[1], end=" ")
print()
for c in combinations([1, 2, 3, 4], 2):
    print(c, end=" ")
print()
for c in combinations_with_replacement("ab", 3):
    print(c, end=" ")
print()
for t in zip_longest([1, 2, 3], ["a"], fillvalue="-"):
    print(t)
for t in zip_longest([1], [2, 3]):
    print(t)
for k, g in groupby([1, 1, 2, 2, 2, 3, 1]):
    print(k, [x for x in g])
for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0]):
    print(k, [x for x in g])
for pair in itertools.pairwise([1, 2, 3, 4]):
    print(pair, end=" ")
print()
n = 0
for t in combinations([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3):
    n += 1
print(n)
