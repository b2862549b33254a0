# defs written inside with, for, if and try blocks, at module level and in
# functions.
import threading
from concurrent.futures import ThreadPoolExecutor

results = []

for n in range(2):
    def helper(x):
        return x + n
    print(helper(10))

try:
    def risky(x):
        if x < 0:
            raise ValueError("neg")
        return x
    print(risky(1))
    risky(-1)
except ValueError as e:
    print("err", e)

if True:
    def worker(i):
        results.append(i * 2)
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
        t.join()
print(results)


def main():
    with ThreadPoolExecutor(max_workers=1) as ex:
        def job(x):
            return x * 3
        print(ex.submit(job, 2).result())
        for k in range(2):
            def inner(y):
                return y + k
            print(ex.submit(inner, 1).result())


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as ex:
        def job(x):
            print("job", x)
            return x + 1
        futs = [ex.submit(job, i) for i in range(2)]
        print([f.result() for f in futs])
    main()
