s = "héllo wörld ✓"
print(len(s), s[1], s[-1], s[6:11])
for i in range(3):
    print(i, s[i])
word = "naïve"
print(word[2], word[::-1], len(word))
print("ö" in s, "x" not in s)
try:
    print(s[100])
except IndexError as e:
    print("IndexError:", e)
