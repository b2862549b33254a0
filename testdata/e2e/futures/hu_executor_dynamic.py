# An executor that is a thread pool or a process pool depending on an
# argument: calls on it, and wait/as_completed over its futures, run
# dynamically.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, wait, as_completed


def sq(n):
    return n * n


def pair(a, b):
    return [a, b]


def make(kind):
    if kind == "thread":
        return ThreadPoolExecutor(max_workers=2)
    return ProcessPoolExecutor(max_workers=2)


def run(use_threads):
    ex = ThreadPoolExecutor(2) if use_threads else ProcessPoolExecutor(2)
    futs = [ex.submit(sq, i) for i in range(4)]
    print([f.result() for f in futs])
    print(list(ex.map(pair, [5, 6], "ab")))
    ex.shutdown()


for kind in ["thread", "process"]:
    with make(kind) as ex:
        futs = [ex.submit(sq, i) for i in range(5)]
        done, pending = wait(futs)
        print(kind, sorted(f.result() for f in done), len(pending))
        print(sorted(f.result() for f in as_completed(futs)))
run(True)
run(False)
