# list.sort with key functions; stability.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date"]
words.sort()
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: (len(w), w), reverse=True)
print(words)
records = [("b", 2), ("a", 2), ("c", 1)]
records.sort(key=lambda r: r[1])
print(records)
