from multiprocessing import Pool


def label(x):
    return "item-%d" % x


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(label, range(7), chunksize=3))
        print(pool.map(label, [], chunksize=2))
        print(list(pool.imap(label, range(5), chunksize=2)))
        print(sorted(pool.imap_unordered(label, range(5), 4)))
