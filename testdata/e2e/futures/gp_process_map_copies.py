from concurrent.futures import ProcessPoolExecutor


def grow(items, n):
    items.append(n)
    return items


if __name__ == "__main__":
    base = [0]
    with ProcessPoolExecutor(2) as ex:
        print(list(ex.map(grow, [base, base], [1, 2])))
        args = (base, 5)
        print(ex.submit(grow, *args).result())
        print(ex.submit(grow, base, *[6]).result())
    print(base)
