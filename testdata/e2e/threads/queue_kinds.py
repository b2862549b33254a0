import queue

fifo = queue.Queue()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for n in (3, 1, 2):
    fifo.put(n)
    lifo.put(n)
    prio.put(n)
print([fifo.get() for _ in range(3)])
print([lifo.get() for _ in range(3)])
print([prio.get() for _ in range(3)])
print(fifo.qsize(), fifo.empty(), fifo.full())
