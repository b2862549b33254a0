def scale(x, factor=2):
    return x * factor


def describe(name, count):
    return f"{name}: {count} item(s), {count * 1.5} weight"


total = 0
for i in range(1, 6):
    total += scale(i)
print("total", total)
print(scale(7, 3), scale(factor=4, x=1))
print(describe("apples", 3))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2)
print(0.1 + 0.2, 1e16, 1.0, 100.0, 1e-05)
print(True, None, "it's", [1, 2, 3])
