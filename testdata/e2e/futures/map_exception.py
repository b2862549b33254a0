from concurrent.futures import ThreadPoolExecutor


def check(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x


with ThreadPoolExecutor(max_workers=2) as ex:
    try:
        for r in ex.map(check, [1, 2, 3, 4]):
            print("got", r)
    except ValueError as e:
        print("ValueError:", e)
