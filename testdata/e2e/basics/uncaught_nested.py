def inner(x):
    return 10 // x


def outer(x):
    y = inner(x) + 1
    return y


print("before")
print(outer(5))
outer(0)
print("never")
