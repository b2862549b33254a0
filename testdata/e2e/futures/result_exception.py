from concurrent.futures import ThreadPoolExecutor


def fail(n):
    raise ValueError("bad value %d" % n)


ex = ThreadPoolExecutor(max_workers=1)
f = ex.submit(fail, 7)
try:
    f.result()
except ValueError as e:
    print("caught:", e)
print("exception():", f.exception())
print(f.done(), f.cancelled())
ex.shutdown()
