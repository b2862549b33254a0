import queue
import gevent.queue

q = gevent.queue.Queue()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("empty after timeout")
try:
    q.get_nowait()
except gevent.queue.Empty:
    print("empty now")
q.put_nowait("x")
print(q.qsize(), q.get())
