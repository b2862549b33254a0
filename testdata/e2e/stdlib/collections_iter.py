from collections import Counter, defaultdict, deque, OrderedDict

c = Counter("abracadabra")
print("a" in c, "z" in c)
for letter in c:
    print(letter, c[letter])
for letter, n in c.most_common(3):
    print(letter, n)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups, "a" in groups)
for k, v in groups.items():
    print(k, v)
d = deque(range(5))
print(3 in d, sorted(d, reverse=True), list(d), sum(d))
od = OrderedDict([("a", 1)])
print([k for k in od], dict(c) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
print(Counter([1, 1, 2.5]) == Counter([2.5, 1, 1]), deque([1]) == deque([1]))
