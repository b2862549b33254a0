import time
from multiprocessing import Process


def nap():
    time.sleep(0.4)


if __name__ == "__main__":
    p = Process(target=nap, daemon=False)
    p.start()
    p.join(0.05)
    print("alive after short join", p.is_alive(), p.exitcode)
    p.join()
    print("alive after join", p.is_alive(), p.exitcode)
