from concurrent.futures import ProcessPoolExecutor
import multiprocessing

tag = "parent"
calls = 0


def init(t):
    global tag
    tag = t + "-" + multiprocessing.current_process().name.split("-")[0]


def work(x):
    global calls
    calls += 1
    return tag, x * 2, calls >= 1


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=("w",)) as ex:
        futs = [ex.submit(work, i) for i in range(4)]
        print([f.result() for f in futs])
        print(list(ex.map(work, [5, 6])))
    print(tag, calls)
