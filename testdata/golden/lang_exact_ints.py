def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def count_steps(limit):
    steps = 0
    i = 0
    while i < limit:
        i += 3
        steps = steps + 1
    return steps


print(factorial(25), fib(100), 2 ** 100, count_steps(100))
