def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def factorial_loop(n):
    acc = 1
    for i in range(2, n + 1):
        acc = acc * i
    return acc


print(factorial(25))
print(factorial_loop(25))
print(factorial(5), factorial_loop(20))
print(factorial(30) // factorial(28))
