# CPython rejects the whole program: no enclosing function binds total.
total = 0


def add(n):
    nonlocal total
    total += n


add(1)
print(total)
