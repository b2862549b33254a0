import time
from multiprocessing import Process


def forever():
    time.sleep(5)
    print("never printed")


if __name__ == "__main__":
    p = Process(target=forever, daemon=True)
    p.start()
    print("daemon", p.daemon, p.is_alive())
    print("main exits")
