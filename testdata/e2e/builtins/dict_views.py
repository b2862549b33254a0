# keys, values, items and iteration order.
d = dict(zip(["one", "two", "three"], [1, 2, 3]))
print(d.keys(), d.values(), d.items())
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k, d[k])
for item in d.items():
    print(item)
print(len(d.items()), "two" in d.keys(), 2 in d.values(), ("one", 1) in d.items())
print(sorted(d.items(), key=lambda kv: -kv[1]))
print(sum(d.values()), max(d, key=len))
