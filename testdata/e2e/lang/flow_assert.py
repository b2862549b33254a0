def check(x):
    assert x >= 0, f"negative: {x}"
    return x * 2


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e)
assert len("abc") == 3
check(-5)
