xs = [1, 2, 3]
print(2 in xs, 4 not in xs)
print("ell" in "hello", "z" in "hello")
d = {"k": 1}
print("k" in d, "v" in d)
x = None
print(x is None, x is not None)
ys = xs
zs = [1, 2, 3]
print(ys is xs, zs is xs, zs == xs)
print((1, 2) in [(1, 2), (3, 4)])


def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None


r = find(xs, 3)
print(r, r is None)
r = find(xs, 9)
print(r, r is None)
