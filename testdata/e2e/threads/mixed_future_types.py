from concurrent.futures import ThreadPoolExecutor, as_completed, wait


def square(x):
    return x * x


def half(x):
    return x / 2


def greet(name):
    print("hello", name)


with ThreadPoolExecutor(max_workers=3) as ex:
    futs = [ex.submit(square, 3), ex.submit(half, 5), ex.submit(greet, "bob")]
    results = sorted(str(f.result()) for f in as_completed(futs))
    print(results)
    done, not_done = wait(futs)
    print(len(done), len(not_done))
    print([f.result() for f in futs])
    first = ex.submit(square, 2)
    pair = [first, ex.submit(greet, "ann")]
    done, not_done = wait(pair)
    print(first in done, pair[0] == first, first.result())
