import math

base = 1.7
print(base ** 3.3, 2.5 ** 0.37, 10.0 ** -2.5, 1.0001 ** 10000, 3 ** 0.5, 2.0 ** 0.5)
vals = [i * 0.3 for i in range(1, 15)]
for v in vals:
    print(v ** 1.5, v ** -0.75, math.pow(v, 2.2))
