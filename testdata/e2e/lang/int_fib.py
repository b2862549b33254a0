def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(10), fib(90), fib(100), fib(150))
count = 0
for i in range(1000):
    count = count + 1
    count = count - 1
    count += 2
print(count)
