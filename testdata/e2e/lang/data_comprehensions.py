squares = {x: x * x for x in range(6)}
print(squares)
evens = {x for x in range(10) if x % 2 == 0}
print(evens)
inverted = {v: k for k, v in [("a", 1), ("b", 2)]}
print(inverted)
lengths = {len(w) for w in ["a", "bb", "cc", "ddd"]}
print(lengths)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
