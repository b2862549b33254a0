import threading

lock = threading.Lock()


def gen_locked(n):
    for i in range(n):
        with lock:
            yield i * 2


print([x for x in gen_locked(3)])
adders = [lambda x: x + 1, lambda x: x * 3]
print([f(10) for f in adders])
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
n = 0
while n < 10:
    try:
        n += 3
        if n == 6:
            break
    finally:
        pass
else:
    print("no break")
print(n)


def outer():
    def inner():
        yield 1
        yield 2
    return [v for v in inner()]


print(outer())
x = [1, 2, 3]
x[1:2] = [7, 8]
print(x)
