import gevent
from gevent.queue import JoinableQueue

q = JoinableQueue()
done = []


def worker(wid):
    while True:
        item = q.get()
        try:
            gevent.sleep(0.005 * item)
            done.append(item)
            print(f"worker {wid} finished item {item}")
        finally:
            q.task_done()


for i in range(3):
    gevent.spawn(worker, i)
for item in [3, 1, 2, 6, 4]:
    q.put(item)
q.join()
print("all items done:", sorted(done))
