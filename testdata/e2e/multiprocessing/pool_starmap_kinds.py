from multiprocessing import Pool


def describe(name, count, price):
    return "%s x%d = %.2f" % (name, count, count * price)


def nothing(a, b):
    pass


if __name__ == "__main__":
    orders = [("apple", 3, 0.5), ("pear", 2, 1.25), ("fig", 10, 0.1)]
    with Pool(2) as pool:
        for line in pool.starmap(describe, orders):
            print(line)
        print(pool.starmap(nothing, [(1, 2), (3, 4)]))
