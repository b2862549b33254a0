def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc


c = counter()
print(c(), c(), c())
c2 = counter()
print(c2())

total = 0


def add(n):
    global total
    total += n


add(5)
add(7)
print(total)


def make_adder(k):
    return lambda x: x + k


add3 = make_adder(3)
print(add3(4), make_adder(10)(1))
