import random

for seed in [0, 1, 42, 12345, 2**40 + 7, -5]:
    random.seed(seed)
    print(seed, random.random(), random.random())
    print(random.randint(1, 6), random.randint(1, 6), random.randint(-100, 100), random.randint(0, 10**12))
    print(random.randrange(10), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(100, 0, -3))
    print(random.uniform(1.0, 2.0), random.getrandbits(8), random.getrandbits(40), random.getrandbits(100))
