import random

random.seed(7)
xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
random.shuffle(xs)
print(xs)
names = ["ann", "bob", "cid", "dee", "eve"]
print(random.choice(names), random.choice(names), random.choice("abcdef"))
print(random.sample(xs, 3))
print(random.sample([i for i in range(1000)], 8))
big = [i * 3 for i in range(100)]
print(random.sample(big, 10))
print(random.choices(names, k=4))
print(random.choices(names, weights=[5, 1, 1, 1, 10], k=6))
print(random.choices(names, cum_weights=[1, 2, 3, 4, 5], k=3))
random.shuffle(names)
print(names)
