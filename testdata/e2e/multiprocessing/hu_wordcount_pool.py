# Map-reduce word count over a Pool: str.maketrans/translate in workers,
# Counters merged with reduce; the final assert fails as in CPython.
import multiprocessing
from collections import Counter
from functools import reduce
import time
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""

def chunkify(lines, n):
    size = max(1, len(lines) // n)
    return [lines[i:i + size] for i in range(0, len(lines), size)]

def count_words(lines):
    table = str.maketrans("", "", string.punctuation)
    c = Counter()
    for line in lines:
        c.update(w.lower().translate(table) for w in line.split())
    return c

def merge(a, b):
    a.update(b)
    return a

def main():
    lines = TEXT.splitlines() * 20
    start = time.time()
    with multiprocessing.Pool(processes=4) as pool:
        partials = pool.map(count_words, chunkify(lines, 4))
    total = reduce(merge, partials, Counter())
    elapsed = time.time() - start
    print(f"{len(partials)} chunks, {sum(total.values())} words, {len(total)} distinct")
    for word, n in total.most_common(5):
        print(f"  {word:<10} {n:>4} {'#' * (n // 20)}")
    print("fast enough:", elapsed < 30)
    assert total["it"] == 200, total["it"]

if __name__ == "__main__":
    main()
