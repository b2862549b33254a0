# list methods on a list of strings built by split.
line = "red green blue green red"
colors = line.split()
print(colors.count("green"), colors.index("blue"))
colors.remove("green")
colors.insert(1, "black")
last = colors.pop()
print(colors, last)
print(sorted(colors), colors)
print(" ".join(colors).title())
