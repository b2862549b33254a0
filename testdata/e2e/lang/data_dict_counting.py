text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
print(counts["the"], len(counts))
squares = {}
for i in range(5):
    squares[i] = i * i
for k in squares:
    print(k, squares[k])
memo = {0: 0, 1: 1}


def fib(n):
    if n in memo:
        return memo[n]
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(80), fib(120))
