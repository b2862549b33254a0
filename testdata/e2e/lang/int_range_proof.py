# Products py2go proves small (Go's *) next to ones it must keep checked.
N = 3000


def grid(n, m):
    acc = 0
    for i in range(n):
        for j in range(-m, m):
            acc += i * j - (i - j) * (i + j) + j % 7 * i // 3
    return acc


def scale(k):
    x = k * 1000
    y = x * x
    return y - k * y // 1000


def square(v):
    return v * v


def down(n):
    out = 0
    for i in range(n, -n, -1):
        out += i * i * i
    return out


def near_limit(a):
    return a * a


sq = square
print(grid(N, 50), grid(10, N))
print(scale(7), scale(-9))
print([square(3), square(-4)], sq(5))
print(down(100))
print(near_limit(3037000499), near_limit(-3037000499))
print([i * j for i in range(4) for j in range(i, 8, 3)])
