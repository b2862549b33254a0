big = 10 ** 30
print(big + 1, big - 1, -big // 7, -big % 7)
print(big * big, big // 3, big / 4)
print(7 // -2, -7 // 2, 7 % -3, -7 % 3)
x = 2 ** 62
y = x + x
print(y, y * 2, y - x)
n = 1
for i in range(100):
    n = n * 3 + 1
print(n)
print(abs(-big), big > 10 ** 29, big == 10 ** 30)
print(str(2 ** 70), len(str(2 ** 200)))
