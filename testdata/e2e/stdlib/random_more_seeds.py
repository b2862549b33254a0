import random

for seed in [3, 17, 2**32, 2**64 + 1, 10**30, "abc", "", 123456789]:
    random.seed(seed)
    deck = [i for i in range(52)]
    random.shuffle(deck)
    print(repr(seed), deck[:8], random.choice("ABCDEFG"), random.randrange(-50, 50, 7))
    print(random.sample([i for i in range(500)], 5), random.random())
    print(random.choices([1, 2, 3], [0.2, 0.5, 0.3], k=5), random.getrandbits(64))
