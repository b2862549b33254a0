from concurrent.futures import ThreadPoolExecutor


def one():
    return 1


ex = ThreadPoolExecutor(max_workers=1)
print(ex.submit(one).result())
ex.shutdown(wait=True)
try:
    ex.submit(one)
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(1) as ex2:
    pass
try:
    ex2.submit(one)
except RuntimeError as e:
    print("after with:", e)
