from concurrent.futures import ThreadPoolExecutor, as_completed

def check(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    return n

errors = []
oks = []
with ThreadPoolExecutor(max_workers=2) as ex:
    futures = {ex.submit(check, n): n for n in range(6)}
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            oks.append(fut.result())
        except ValueError as e:
            errors.append((n, str(e)))
print(sorted(oks), sorted(errors))
