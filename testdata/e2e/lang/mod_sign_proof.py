# % and // on ints whose sign py2go proves (range loop variables, len,
# remainders) and on ints it must not assume non-negative.
MOD = 7


def mix(n):
    out = []
    for i in range(n):
        for j in range(n):
            out.append(i * j % MOD)
            out.append((i + j) // 3)
    for i in range(-5, n):
        out.append(i % 4)
        out.append(i // 4)
    for k in range(2, n, 2):
        out.append(k * k // 3 % 5)
    for k in range(n, -n, -3):
        out.append(k % 5)
    return out


def proven(n):
    out = []
    for a in range(n):
        for b in range(1, n, 2):
            out.append(a * b % MOD)
            out.append((a + b) // 3 % 4)
    return out


def rebound(n):
    total = 0
    for i in range(n):
        total += i % 3
    i = -7
    total += i % 3 + i // 3
    return total


words = ["a", "bb", "ccc"]
print(mix(4))
print(proven(6))
print(rebound(5))
print([x % 3 for x in range(-4, 4)], [x // 2 for x in range(6)])
print(len(words) % 2, (len(words) * 5) // 4, -len(words) % 4, -len(words) // 4)
print(sum(i * i % 11 for i in range(100)))
