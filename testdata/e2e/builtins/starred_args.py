# *arguments in print() and zip(*matrix).
xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print("a", *xs, "b", *"cd", sep="|")
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)))
for row in zip(*matrix):
    print(row)
print(*[], "end")
