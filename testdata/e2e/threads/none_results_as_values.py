# Calls of functions that return None, used as values: appended to a list
# from threads, put on a queue, collected from an executor.
import queue
import threading
from concurrent.futures import ThreadPoolExecutor


def log(x):
    print("log", x)


out = []
t = threading.Thread(target=lambda: out.append(log(3)))
t.start()
t.join()
print(out)

q = queue.Queue()
for i in range(2):
    q.put(log(i))
print(q.qsize(), q.get())

with ThreadPoolExecutor(max_workers=1) as ex:
    futures = [ex.submit(log, i) for i in range(2)]
    print([f.result() for f in futures])
print([log(i) for i in range(2)])
