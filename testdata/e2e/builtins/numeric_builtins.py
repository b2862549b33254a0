# abs, round (banker's), divmod, pow.
print(abs(-5), abs(3), abs(-2.5), abs(0.0))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(7))
print(round(3.14159, 2), round(2.675, 2), round(1234.5, -2), round(1250, -2), round(-0.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 2, 5))
print(round(1e15 + 0.5), round(0.125, 2), round(0.375, 2), round(-1.25, 1))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
