ages = {"bob": 30, "alice": 25}
ages["carol"] = 35
ages["bob"] = 31
print(ages)
print(len(ages), ages["alice"], "bob" in ages, "zed" not in ages)
for name in ages:
    print(name, ages[name])
del ages["alice"]
ages["alice"] = 26
print(ages)
empty = {}
empty[1] = "one"
empty[(1, 2)] = "tuple key"
print(empty)
nested = {"a": {"b": [1, 2]}}
print(nested["a"]["b"][1])
print({1: 1.5, 2: None, 3: True})
try:
    print(ages["nobody"])
except KeyError as e:
    print("missing", e)
