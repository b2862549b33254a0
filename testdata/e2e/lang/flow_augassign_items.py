counts = [0, 0, 0]
for i in range(10):
    counts[i % 3] += 1
print(counts)
counts[-1] *= 10
print(counts)
d = {"x": 1}
d["x"] += 5
d["x"] -= 2
print(d)
words = ["a", "b"]
words[0] += "!"
print(words)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
print(grid)
