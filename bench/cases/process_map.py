# A CPU-bound ProcessPoolExecutor.map: counting primes in ranges.
from concurrent.futures import ProcessPoolExecutor

N = 400


def count_primes(block):
    start = block * 1000
    count = 0
    for n in range(max(start, 2), start + 1000):
        d = 2
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        counts = list(ex.map(count_primes, range(N)))
    print(sum(counts))
