# Functions returning None given to executor.map, and lambdas given to
# add_done_callback, whose results are dropped.
from concurrent.futures import ThreadPoolExecutor


def main():
    seen = []

    def record(x):
        seen.append(x)

    with ThreadPoolExecutor(max_workers=1) as ex:
        print(list(ex.map(record, [1, 2])))
        fut = ex.submit(pow, 2, 5)
        fut.result()
        fut.add_done_callback(lambda f: seen.append(f.result()))
    print(seen)


main()
