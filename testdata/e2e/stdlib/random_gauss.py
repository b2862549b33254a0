import random

random.seed(11)
print(random.gauss(0.0, 1.0))
print(random.gauss(0.0, 1.0))
print(random.gauss(10, 2))
total = 0.0
for i in range(1000):
    total += random.gauss(5.0, 3.0)
print(total)
random.seed(11)
print(random.gauss())
