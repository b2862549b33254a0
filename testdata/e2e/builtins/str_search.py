# find, index, count, replace, startswith and endswith.
s = "banana bandana"
print(s.find("an"), s.rfind("an"), s.find("an", 4), s.find("an", 2, 4), s.find("zz"))
print(s.index("band"), s.rindex("a"), s.count("an"), s.count("a", 7), s.count(""))
print(s.replace("an", "AN"), s.replace("an", "AN", 2), s.replace("", "-")[:12])
print(s.startswith("ban"), s.startswith(("x", "bana")), s.endswith("ana"), s.endswith("ban", 0, 3))
print("héllo wörld".find("w"), "héllo".index("l"))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
