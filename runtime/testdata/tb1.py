def inner(x):
    return 10 // x

def outer(x):
    y = inner(x) + 1
    return y

outer(0)
