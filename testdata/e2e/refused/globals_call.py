x = 1
print(sorted(globals()))
