import threading
import queue

q = queue.Queue()
out = []

def producer(n):
    for i in range(n):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * 2)

p = threading.Thread(target=producer, args=(5,))
c = threading.Thread(target=consumer)
p.start(); c.start()
p.join(); c.join()
print(out)
