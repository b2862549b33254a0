from concurrent.futures import ThreadPoolExecutor

def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

def total(c):
    return sum(c)

nums = list(range(10))
with ThreadPoolExecutor(max_workers=2) as ex:
    parts = list(ex.map(total, chunks(nums, 4)))
print(parts, sum(parts))
