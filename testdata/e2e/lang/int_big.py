print(2 ** 100)
print(3 ** 40, -(2 ** 63), 2 ** 64 - 1)
x = 1
for i in range(70):
    x = x * 2
print(x)
y = 1
for i in range(10):
    y *= 1000
print(y)
print(10 ** 20 // 7, 10 ** 20 % 7)


def power(base, exp):
    result = 1
    for _ in range(exp):
        result *= base
    return result


print(power(7, 30))
print(1 << 80)
