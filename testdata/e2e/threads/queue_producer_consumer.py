import queue
import threading

q = queue.Queue(maxsize=2)
total = 0


def consumer():
    global total
    while True:
        item = q.get()
        if item is None:
            break
        total += item


t = threading.Thread(target=consumer)
t.start()
for i in range(1, 101):
    q.put(i)
q.put(None)
t.join()
print("total:", total)
