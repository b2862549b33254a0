mult = [lambda x, n=n, k=2: x * n * k for n in range(2)]
print([m(1, 5) for m in mult])
