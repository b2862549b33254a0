# Integer format specs: width, fill, align, sign, grouping, bases.
n = 1234567
print(f"[{n}] [{n:,}] [{n:_}] [{n:>12,}] [{n:<12}] [{n:^13}]")
print(f"[{-42:+d}] [{42:+d}] [{42: d}] [{-42:=+8}] [{42:08d}] [{-42:08d}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:#o}] [{5:b}] [{5:#010b}] [{2**40:_x}]")
print(f"[{65:c}] [{0:d}] [{1234:010,}] [{1234:09,}]")
print(f"[{True}] [{True:d}] [{False:>5}]")
for width in range(3, 7):
    print(f"|{7:{width}}|{7:<{width}}|")
