import copy

a = [1, 2, 3]
b = copy.copy(a)
b.append(4)
print(a, b)
grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 99
print(shallow, deep)
d = {"k": [1, 2], "n": 5}
d2 = copy.deepcopy(d)
d["k"][0] = 100
print(d, d2)
mixed = [1, "two", [3.0, [4]], (5, [6])]
m2 = copy.deepcopy(mixed)
mixed[2][1][0] = 44
print(mixed, m2)
