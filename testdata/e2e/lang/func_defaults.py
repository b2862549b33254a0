def make_default():
    print("evaluating default")
    return 10


def f(x, y=make_default()):
    return x + y


print("defined")
print(f(1))
print(f(1, 2))
print(f(3))


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
