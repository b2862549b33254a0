import json
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

words = re.findall(r"[a-z]+", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
for word, n in counts.most_common(5):
    print(f"{word:>8} {n:3d} {'#' * n}")
report = {"total": len(words), "unique": len(counts), "top": counts.most_common(3)}
print(json.dumps(report, indent=2))
long_words = [w for w in words if len(w) > 6]
print(sorted(set(long_words)))
