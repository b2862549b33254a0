# Word statistics with str methods, sorted, min/max and formatting.
text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
words = [w.strip(".").lower() for w in text.split()]
longest = max(words, key=len)
print(f"{len(words)} words, longest {longest!r} ({len(longest)} letters)")
print(", ".join(sorted(set(words))))
for w in sorted(words, key=lambda w: (-len(w), w))[:3]:
    print(f"{w:>8}|{w.upper():<8}|{w.count('o'):2d}")
print("%-6s %5.1f%%" % ("share", 100 * words.count("the") / len(words)))
