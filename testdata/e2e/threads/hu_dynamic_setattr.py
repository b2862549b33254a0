# Attributes of objects taken from a queue (dynamic values) assigned:
# classes answer PySetAttr.
import threading, queue
class Box:
    def __init__(self):
        self.items = []
        self.count = 0
        self.next = None
b = Box()
def fill():
    for i in range(3):
        b.items.append(i)
        b.count += 1
t = threading.Thread(target=fill); t.start(); t.join()
q = queue.Queue()
q.put(b)
x = q.get()
x.count = 10
x.items = [7]
x.next = Box()
x.next = None
print(b.count, b.items, b.next)
