# Grouping with dict.setdefault(key, []).append(...).
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
for letter, names in sorted(groups.items()):
    print(letter, len(names), ", ".join(names))
