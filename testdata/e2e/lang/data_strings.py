s = "Hello, World"
print(s[0], s[-1], s[7:], s[:-7], len(s))
count = 0
for ch in s:
    if ch in "aeiou":
        count += 1
print("vowels", count)
rev = ""
for ch in s:
    rev = ch + rev
print(rev)
print(s[::2], s[1::2])
print("lo" in s, "xyz" not in s)
words = "a-b-c"
print(words[1], words[-2], words[::-1])
