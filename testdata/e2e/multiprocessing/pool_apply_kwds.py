from multiprocessing import Pool


def power(base, exp=2, scale=1):
    return scale * base ** exp


if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.apply(power, (3,)))
        print(pool.apply(power, (2,), {"exp": 10}))
        print(pool.apply(power, (2, 3), {"scale": 5}))
        print(pool.apply(power, args=(7,), kwds={"exp": 3}))
