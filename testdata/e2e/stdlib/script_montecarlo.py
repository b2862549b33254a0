import math
import random
import statistics


def estimate_pi(n, rng):
    inside = 0
    for _ in range(n):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


rng = random.Random(1234)
estimates = [estimate_pi(2000, rng) for _ in range(10)]
print(estimates)
print(statistics.mean(estimates), statistics.stdev(estimates))
print(abs(statistics.mean(estimates) - math.pi) < 0.05)
random.seed(99)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
print(statistics.mode(rolls), statistics.median(rolls), min(rolls), max(rolls))
walk = 0
for step in range(500):
    walk += random.choice([-1, 1])
print(walk, random.uniform(-1, 1), random.gauss(0, 1))
