import concurrent.futures
import os

MULTIPLIER = 1
calls = 0


def init(mult):
    global MULTIPLIER
    MULTIPLIER = mult


def work(x):
    global calls
    calls += 1
    return x * MULTIPLIER


def check_pid(_):
    return os.getpid() != PARENT


PARENT = os.getpid()

if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, initializer=init, initargs=(10,)) as ex:
        print(list(ex.map(work, range(8), chunksize=3)))
        futs = [ex.submit(work, i) for i in range(3)]
        print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
        print(all(ex.map(check_pid, range(4))))
    print("parent", MULTIPLIER, calls)
