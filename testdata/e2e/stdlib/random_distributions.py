import random

random.seed(2718)
print(random.normalvariate(0, 1), random.normalvariate(100, 15))
print(random.lognormvariate(0, 0.5), random.expovariate(1.5), random.expovariate(0.1))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5.0, 5.0, 5.0))
r = random.Random(31)
xs = [r.normalvariate(50, 5) for _ in range(200)]
print(min(xs), max(xs), sum(xs) / len(xs))
print([round(r.expovariate(2.0), 6) for _ in range(5)])
