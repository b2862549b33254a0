from concurrent.futures import ThreadPoolExecutor

def apply_all(fns, x):
    return [fn(x) for fn in fns]

fns = []
for k in (1, 2, 3):
    fns.append(lambda x, k=k: x + k)
with ThreadPoolExecutor() as ex:
    print(ex.submit(apply_all, fns, 10).result())
    print(list(ex.map(lambda f: f(0), fns)))
