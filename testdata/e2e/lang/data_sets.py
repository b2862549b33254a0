s = {3, 1, 2}
print(s, len(s), 2 in s, 5 in s)
s.add(4)
s.add(1)
print(s)
s.discard(3)
print(s)
f = frozenset([1, 2, 3])
print(f, 2 in f)
print({1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3})
print(set(), {1, 2} == {2, 1})
seen = set()
for x in [1, 2, 1, 3, 2]:
    if x in seen:
        print("dup", x)
    seen.add(x)
