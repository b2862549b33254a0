# Roll dice with a seeded generator and summarize the results.
import math
import random
from collections import Counter


def roll(rng, sides):
    return rng.randint(1, sides)


rng = random.Random(7)
rolls = [roll(rng, 6) + roll(rng, 6) for _ in range(200)]
counts = Counter(rolls)
for total, n in counts.most_common(3):
    print(total, n)
mean = sum(rolls) / len(rolls)
print(round(mean, 3), math.sqrt(mean), math.floor(mean))
