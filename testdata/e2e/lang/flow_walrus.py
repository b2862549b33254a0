data = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while (v := data[i]) != 9:
    i += 1
print("found 9 at", i, "last", v)
if (n := len(data)) > 5:
    print("long list", n)
squares = [y for x in range(5) if (y := x * x) > 3]
print(squares, y)
