# strip, case conversion and character classes.
s = "  Hello, World!  "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print("xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print("hello world".capitalize(), "hELLO wORLD".title(), "they're bill's".title(), "AbC".swapcase())
print("MiXeD".upper(), "MiXeD".lower(), "ß".casefold())
for t in ["123", "12a", "", "abc", "ABC", "abc1", "   ", "Title Case", "x y"]:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle())
