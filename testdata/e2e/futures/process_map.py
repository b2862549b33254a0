from concurrent.futures import ProcessPoolExecutor


def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        for r in ex.map(collatz, [27, 97, 871, 6171]):
            print(r)
