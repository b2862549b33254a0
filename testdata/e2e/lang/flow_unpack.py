a, b = 1, 2
a, b = b, a
print(a, b)
pairs = [("one", 1), ("two", 2), ("three", 3)]
for name, value in pairs:
    print(name, value)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
head, *mid, tail = "abcde"
print(head, mid, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
point = (3, 4)
px, py = point
print(px * px + py * py)
for i, (p, q) in [(0, (1, 2)), (1, (3, 4))]:
    print(i, p + q)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
