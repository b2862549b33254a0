# A CPU-bound pure-Python function: nested loops over ints and floats with
# list work, the kind of code py2go turns into plain Go types.
N = 3000


def compute(n):
    primes = []
    for i in range(2, n):
        is_prime = True
        for p in primes:
            if p * p > i:
                break
            if i % p == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(i)
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += (i * j % 7) * 0.5
    return len(primes), total


count, total = compute(N)
print(count, total)
