# enumerate and zip in for loops with tuple targets.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, 10):
    print(i, name.upper())
for name, age in zip(names, ages):
    print(f"{name:>5}: {age:3d}")
