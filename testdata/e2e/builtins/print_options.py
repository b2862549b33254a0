# print with sep, end, file and flush.
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" then newline")
print(1, 2, 3, sep="", end="!\n")
print("flushed", flush=True)
print()
print("", end="")
print("x", "y", sep=", ", end=".\n")
