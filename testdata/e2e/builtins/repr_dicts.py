# repr of dicts with nested values, views and items lists.
d = {"b": [1, {"x": (1.5, None)}], "a": "it's", 3: 'q"uote'}
print(d)
print(list(d.items()))
print(d.keys(), d.values())
print({}, {1: {}}, {(1, 2): [3.0]}, {True: 1.0e-7})
