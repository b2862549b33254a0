def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            print("found", x)
            break
    else:
        print("no even number")


first_even([1, 3, 4, 5])
first_even([1, 3, 5])
first_even([])

n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while ended normally at", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
print("after while True", n)

for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        print(i, j)
    else:
        print("inner done for", i)
