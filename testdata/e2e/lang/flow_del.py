xs = [1, 2, 3, 4, 5]
del xs[0]
print(xs)
del xs[-1]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
x = 10
print(x)
del x, xs[0]
print(xs)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
