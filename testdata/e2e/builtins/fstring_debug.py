# f-string debug fields (=), reprs and float printing.
x = 3.0
n = 42
s = "hi"
print(f"{x=} {n=} {s=} {x=:.2f} {n = }")
print(f"{x} {1e16} {1.5e-7} {n:,} {-n:_} {n!r} {s!r:^8}|")
print("{0:>{1}}|{2:<{1}}|".format(s, 6, n))
print(str(1e16), repr(0.1), 1/3, float("1e-5"), 100.0, 1e100, -0.5)
print(format(12345.6789, ".2e"), format(0.000012345, ".3g"), format(1e-7, "f"))
print(round(123.456, -1), round(-2.5), round(2.675, 2), round(1.0000001, 3))
