import queue
import threading

q = queue.Queue(maxsize=100)


def producer():
    for n in range(200000):
        q.put(n)
    q.put(None)


t = threading.Thread(target=producer)
t.start()
total = 0
while True:
    item = q.get()
    if item is None:
        break
    total += item
t.join()
print(total, q.qsize())
