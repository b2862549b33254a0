from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Pool


def square(x):
    return x * x


def ratio(x):
    return x / 4


def label(x):
    return "item-" + str(x)


def nothing(x):
    pass


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(square, 5), ex.submit(ratio, 3), ex.submit(label, 7)]
        print(sorted(repr(f.result()) for f in as_completed(futs)))
        print([f.result() for f in futs])
    with Pool(2) as pool:
        results = []
        results.append(pool.apply_async(square, (4,)))
        results.append(pool.apply_async(ratio, (2,)))
        results.append(pool.apply_async(nothing, (1,)))
        for r in results:
            print(r.get(), r.successful())
