from multiprocessing import Pool


def build(n):
    return list(range(n))


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(build, [1, 2, 3])
        again = pool.apply(build, (2,))
    results[2].append(-1)
    again.append(9)
    print(results)
    print(again)
