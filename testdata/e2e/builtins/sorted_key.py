# sorted with key and reverse is stable.
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((5, 2, 9)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]))
print(sorted([2.5, -1, 3, 0.5]))
