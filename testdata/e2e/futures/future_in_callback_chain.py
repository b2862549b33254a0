import threading
from concurrent.futures import ThreadPoolExecutor

done = threading.Event()
lock = threading.Lock()
total = 0


def work(x):
    return x * 10


def add(fut):
    global total
    with lock:
        total += fut.result()


with ThreadPoolExecutor(max_workers=3) as ex:
    for i in range(10):
        ex.submit(work, i).add_done_callback(add)
print("total:", total)
