# split, rsplit, splitlines and join.
text = "  the quick  brown\tfox \n"
print(text.split())
print(text.split(" "))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "".split(), "".split(","))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "x\ny\n".splitlines(keepends=True))
words = ["alpha", "beta", "gamma"]
print("-".join(words), "".join(reversed(words)), ", ".join(w.upper() for w in words))
print("/".join(sorted(set("mississippi"))))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
