import math

for i in range(1, 21):
    x = i * 0.37
    print(f"{x:.2f}", math.sin(x), math.cos(x), math.tan(x), math.exp(x), math.log(x), math.sqrt(x))
for i in range(1, 11):
    y = i / 11
    print(math.asin(y), math.acos(y), math.atan(y * 7), math.atan2(y, -0.5), math.log10(y * 1000), math.log2(y * 3))
print(math.pow(1.0001, 10000), math.exp(-745.0), math.hypot(1e200, 1e200))
print(math.sinh(2.5), math.cosh(0.3), math.tanh(-0.7), math.log(1000, 10), math.log(2 ** 64, 2))
