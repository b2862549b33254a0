# Builtin functions passed as arguments: map(abs, ...), sorted(key=abs), map(str, ...).
xs = [-3, 1, -2]
print(list(map(abs, xs)), sorted(xs, key=abs), list(map(str, xs)), sum(map(abs, xs)))
fs = [-1.5, 2.0]
print(list(map(abs, fs)), max(fs, key=abs), list(map(float, ["1", "2.5"])), list(map(int, ["3", "4"])))
words = ["ccc", "a", "bb"]
print(sorted(words, key=len), max(words, key=len), list(map(len, words)), list(map(repr, words)))
