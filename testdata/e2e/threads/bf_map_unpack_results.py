from concurrent.futures import ThreadPoolExecutor

def run(n):
    acc = []
    for i in range(n):
        acc += [i] * i
    return acc

with ThreadPoolExecutor(max_workers=2) as ex:
    a, b = ex.map(run, [3, 4])
print(a, b)
