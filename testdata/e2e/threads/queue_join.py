import queue
import threading

q = queue.Queue()
lock = threading.Lock()
handled = 0


def worker():
    global handled
    while True:
        q.get()
        with lock:
            handled += 1
        q.task_done()


for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(30):
    q.put(i)
q.join()
print("handled:", handled)
