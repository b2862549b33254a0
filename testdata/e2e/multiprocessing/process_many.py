from multiprocessing import Process, Queue


def square(q, i):
    q.put((i, i * i))


if __name__ == "__main__":
    q = Queue()
    procs = [Process(target=square, args=(q, i)) for i in range(5)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    results = sorted(q.get() for _ in range(5))
    print(results)
    print([p.exitcode for p in procs])
    print([p.name for p in procs])
