import queue
import threading

jobs = queue.Queue()
lock = threading.Lock()
ready = threading.Event()
total = 0


def worker(scale, offset=0):
    global total
    ready.wait()
    while True:
        item = jobs.get()
        if item is None:
            jobs.task_done()
            break
        with lock:
            total += item * scale + offset
        jobs.task_done()


threads = [threading.Thread(target=worker, args=(2,), kwargs={"offset": 1}) for _ in range(3)]
for t in threads:
    t.start()
for i in range(10):
    jobs.put(i)
for _ in threads:
    jobs.put(None)
ready.set()
jobs.join()
for t in threads:
    t.join(timeout=1.0)
print("total:", total)
