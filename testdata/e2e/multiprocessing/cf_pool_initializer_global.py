import multiprocessing as mp

lookup = None


def init_worker(table):
    global lookup
    lookup = dict(table)


def translate(word):
    return lookup.get(word, word.upper())


def length(word):
    return len(word)


collected = []


def collect(result):
    collected.append(result)


if __name__ == "__main__":
    table = {"hello": "bonjour", "cat": "chat"}
    words = ["hello", "dog", "cat", "bird"]
    with mp.Pool(processes=2, initializer=init_worker, initargs=(table,)) as pool:
        print(pool.map(translate, words))
        print(list(pool.imap(length, words)))
        print(sorted(pool.imap_unordered(length, words)))
        res = [pool.apply_async(translate, (w,), callback=collect) for w in words]
        print([r.get(timeout=5) for r in res])
    print(sorted(collected))
    print(lookup)
