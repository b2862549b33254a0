# hash of ints and bools; equal numbers hash alike.
print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(False), hash(12345))
print(hash(1) == hash(1.0), hash("abc") == hash("abc"), hash((1, 2)) == hash((1, 2)))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
