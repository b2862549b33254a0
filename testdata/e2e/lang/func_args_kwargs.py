def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(1), total(1, 2, 3))


def describe(name, *args, sep=", ", **kwargs):
    print(name, args, sep, kwargs)


describe("a")
describe("b", 1, 2)
describe("c", 1, sep="; ", color="red", size=3)


def kwonly(a, *, b, c=3):
    return a + b + c


print(kwonly(1, b=2), kwonly(1, b=2, c=10))


def posonly(a, b, /, c):
    return a * 100 + b * 10 + c


print(posonly(1, 2, 3), posonly(1, 2, c=4))
nums = [4, 5, 6]
print(total(*nums))
