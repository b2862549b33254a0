def f():
    a = b = 0
    c = d = "x"
    e = g = None
    a += 1
    print(a, b, c, d, e, g)
    if a:
        e = 5
    print(e)
f()
x = y = 1.5
print(x, y)
