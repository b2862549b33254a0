from concurrent.futures import ProcessPoolExecutor, as_completed
import math
import sys

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors

def check(n):
    if n < 2:
        raise ValueError(f"{n} is not >= 2")
    f = factorize(n)
    return n, f, math.prod(f) == n

def main(argv):
    nums = [int(a) for a in argv] or [12, 97, 360, 1, 2 ** 31 - 1, 600851475143]
    results = {}
    errors = {}
    with ProcessPoolExecutor(max_workers=2) as ex:
        future_to_n = {ex.submit(check, n): n for n in nums}
        for fut in as_completed(future_to_n):
            n = future_to_n[fut]
            try:
                _, factors, ok = fut.result()
                results[n] = (factors, ok)
            except ValueError as exc:
                errors[n] = exc
    for n in sorted(results):
        factors, ok = results[n]
        print(f"{n:>14,} = {' x '.join(map(str, factors)):<30} {'ok' if ok else 'BAD'}")
    for n, e in errors.items():
        print(f"error for {n}: {e!r}")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
