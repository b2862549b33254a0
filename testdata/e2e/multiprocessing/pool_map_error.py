from multiprocessing import Pool


def inverse(x):
    return 10 // x


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(inverse, [1, 2, 5]))
        try:
            pool.map(inverse, [1, 0, 2])
        except ZeroDivisionError as e:
            print("map raised", e)
        print(pool.map(inverse, [0]))
