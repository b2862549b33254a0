from collections import Counter
import collections

words = ["the", "cat", "and", "the", "hat", "and", "the", "bat"]
c = Counter(words)
print(c)
print(c["the"], c["dog"], len(c))
print(c.most_common(2))
print(c.most_common())
top = c.most_common(1)[0]
print(top[0], top[1])
c.update(["cat", "dog"])
c["bird"] += 2
print(c)
for e in c.elements():
    print(e, end=" ")
print()
print(c.total())
letters = Counter("mississippi")
print(letters, letters.keys(), letters.values())
a = Counter("aab")
b = collections.Counter("abbbc")
print(a + b, b - a, a | b, a & b)
a.subtract("aaz")
print(a, a.items())
print(Counter())
