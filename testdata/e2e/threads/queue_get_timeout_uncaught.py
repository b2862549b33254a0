import queue

q = queue.Queue()
print("waiting")
q.get(timeout=0.05)
