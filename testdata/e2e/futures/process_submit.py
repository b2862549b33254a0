from concurrent.futures import ProcessPoolExecutor, as_completed


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


if __name__ == "__main__":
    with ProcessPoolExecutor() as ex:
        fs = [ex.submit(fib, n) for n in [10, 20, 30]]
        total = 0
        for f in as_completed(fs):
            total += f.result()
        print(total)
        print(fs[2].result())
