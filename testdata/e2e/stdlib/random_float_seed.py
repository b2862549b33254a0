import random

for s in [3.0, -2.5, 0.1, 1e300, -7.0, 0.0, 123.456]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100))
