# str.maketrans in its three forms and str.translate.
import string
t = str.maketrans("abc", "xyz", "!")
print("a!b!c!d".translate(t))
print("hello, world!".translate(str.maketrans("", "", string.punctuation)))
print("abc".translate({ord("a"): "AA", ord("b"): None, 99: 100}))
print("leet".translate(str.maketrans({"l": "1", "e": "3", "t": "7"})))
print(sorted(str.maketrans("ab", "cd").items()))
