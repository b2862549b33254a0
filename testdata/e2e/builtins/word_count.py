# A word count with dict.get and sorted by count.
text = "the quick brown fox jumps over the lazy dog the end fox"
counts = dict()
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
for word, n in top:
    print(f"{word:<6}{n:>3}")
