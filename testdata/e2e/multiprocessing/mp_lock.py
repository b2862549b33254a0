from multiprocessing import Lock, Process, Queue


def add(lock, q, n):
    with lock:
        q.put(n)


if __name__ == "__main__":
    lock = Lock()
    q = Queue()
    ps = [Process(target=add, args=(lock, q, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(4)))
    print(lock.acquire(), lock.acquire(False))
    lock.release()
