# list * n, n * list and list *= n repeat the list; += extends it in place.
a = [0.1] * 10
print(a)
print(sum(a), len(a))
b = 3 * ["x"]
print(b)
c = [1, 2] * 2
c *= 2
print(c)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
n = 2
e = ["ab", "c"] * n
print(e, len(e))
print([None] * 3, [(1, 2)] * 2, [True] * 0, [] * 5, [1] * -1)
h = [1.5]
h *= 3
h.append(2.5)
print(h, max(h))
xs = [1.0] + [2.0]
xs.append(3.0)
ys = xs + xs
print(ys[0] * 2, len(ys))
mixed = [1, "a"] * 2
print(mixed)


def zeros(k):
    return [0.0] * k


z = zeros(4)
z[1] += 1
print(z)

# A list reached through two names is changed in place by += and *=.
p = [1.0]
q = p
q.append(2.0)
p += [4.0]
print(q)
q *= 2
print(p)
p += (5.0, 6.0)
print(q)
s = "ab" * 3
t = (1, 2) * 2
print(s, t)
