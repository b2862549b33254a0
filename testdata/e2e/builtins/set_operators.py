# Set displays and the | & - ^ operators.
s = {1, 2, 3}
print(s | {4}, s & {2, 3, 9}, s - {1}, s ^ {3, 4})
evens = {x for x in range(10) if x % 2 == 0}
print(evens, 4 in evens, 5 in evens, len(evens))
print({33, 17, 9, 1}, {100, 8, 16})
print(sorted({"pear", "apple", "fig"}))
