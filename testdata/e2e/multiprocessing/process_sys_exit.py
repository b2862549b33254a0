import sys
from multiprocessing import Process


def leave(code):
    sys.exit(code)


def quiet():
    return 42


if __name__ == "__main__":
    p = Process(target=leave, args=(3,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
    q = Process(target=quiet)
    q.start()
    q.join()
    print("exitcode", q.exitcode)
