# Number builtins and the format-spec mini-language.
values = [3.14159, -2.5, 1234567.891, 0.000123]
total = sum(values)
print(f"total={total:,.3f} min={min(values):g} max={max(values):e}")
for v in values:
    print(f"{v:>12.2f} {round(v, 1):>10} {abs(v):<10.3g}|")
n = 255
print(hex(n), bin(n), oct(n), f"{n:#06x}", "{:08b}".format(n), divmod(n, 16))
print(round(2.5), round(3.5), pow(2, 100, 97), chr(ord("a") + 1))
