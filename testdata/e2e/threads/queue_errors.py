import queue

q = queue.Queue(maxsize=1)
q.put("a")
print(q.full(), q.qsize())
try:
    q.put_nowait("b")
except queue.Full:
    print("full")
try:
    q.put("b", timeout=0.05)
except queue.Full:
    print("still full")
print(q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("empty")
try:
    q.get(block=False)
except queue.Empty:
    print("empty again")
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
