import multiprocessing as mp


def worker(wid, tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            results.put(("done", wid))
            break
        results.put(("square", n * n))


if __name__ == "__main__":
    tasks = mp.Queue()
    results = mp.Queue()
    procs = [mp.Process(target=worker, args=(i, tasks, results)) for i in range(3)]
    for p in procs:
        p.start()
    for n in range(20):
        tasks.put(n)
    for _ in procs:
        tasks.put(None)
    squares = []
    finished = []
    while len(finished) < len(procs):
        kind, value = results.get(timeout=10)
        if kind == "done":
            finished.append(value)
        else:
            squares.append(value)
    for p in procs:
        p.join()
    print(sorted(squares))
    print(sorted(finished), [p.exitcode for p in procs])
