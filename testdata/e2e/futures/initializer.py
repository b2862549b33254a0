import threading
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
inits = 0


def setup(tag):
    global inits
    with lock:
        inits += 1
    print("init", tag)


def work():
    return 1


with ThreadPoolExecutor(max_workers=1, initializer=setup, initargs=("x",)) as ex:
    print(ex.submit(work).result())
print("initializers run:", inits)
