# Ordering errors are Python's TypeErrors.
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    max(["x", 2])
except TypeError as e:
    print("TypeError:", e)
print(sorted([3, 1.5, True, 2]))
print(min("b", "a"), max([[1, 2], [1, 3]]), sorted([(2, "b"), (1, "z"), (2, "a")]))
