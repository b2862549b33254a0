from collections import Counter
from multiprocessing import Pool


def count_words(doc_id, text):
    return doc_id, Counter(text.split())


def scale(x, factor):
    return x * factor


if __name__ == "__main__":
    docs = [(1, "a b a"), (2, "b c"), (3, "a c c c")]
    with Pool(2) as pool:
        results = pool.starmap(count_words, docs)
        scaled = pool.starmap(scale, [(i, 3) for i in range(5)])
    total = Counter()
    for doc_id, counts in results:
        total.update(counts)
    print(sorted(total.items()))
    print([doc_id for doc_id, _ in results], scaled)
    print(total.most_common(1))
