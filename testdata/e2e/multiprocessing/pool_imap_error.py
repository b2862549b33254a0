from multiprocessing import Pool


def check(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x


if __name__ == "__main__":
    with Pool(2) as pool:
        got = []
        try:
            for v in pool.imap(check, range(6)):
                got.append(v)
        except ValueError as e:
            print("stopped at", e)
        print(got)
