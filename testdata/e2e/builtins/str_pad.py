# zfill, center, ljust, rjust, partition and friends.
print("42".zfill(5), "-42".zfill(6), "+7".zfill(3), "abc".zfill(2))
print("[" + "ab".center(7) + "]", "[" + "abc".center(6, "*") + "]", "[" + "a".center(4) + "]")
print("[" + "ab".ljust(5, ".") + "]", "[" + "ab".rjust(5) + "]", "[" + "toolong".rjust(3) + "]")
print("key=value=x".partition("="), "key=value=x".rpartition("="), "novalue".partition("="))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
print("a\tb\tc".expandtabs(4))
for w in range(1, 8):
    print("[" + "odd".center(w, "-") + "]", "[" + "even".center(w, "-") + "]")
