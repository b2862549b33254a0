import os
from multiprocessing import Process, Queue


def report(q):
    q.put((os.getpid(), os.getppid()))


if __name__ == "__main__":
    q = Queue()
    p = Process(target=report, args=(q,))
    print("pid before start", p.pid)
    p.start()
    p.join()
    child, parent = q.get()
    print(child == p.pid, child != os.getpid(), parent == os.getpid())
