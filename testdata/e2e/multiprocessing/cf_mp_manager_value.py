import multiprocessing as mp


def tally(counter, lock, shared, key, n):
    for _ in range(n):
        with lock:
            counter.value += 1
    shared[key] = n


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    with mp.Manager() as manager:
        shared = manager.dict()
        procs = [mp.Process(target=tally, args=(counter, lock, shared, "p%d" % i, 100 * (i + 1))) for i in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print(counter.value)
        print(sorted(shared.items()))
