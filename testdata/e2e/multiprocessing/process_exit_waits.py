import time
from multiprocessing import Process


def late():
    time.sleep(0.2)
    print("non-daemon child finished")


if __name__ == "__main__":
    Process(target=late).start()
    print("main returns")
