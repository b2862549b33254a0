import gevent
from gevent.queue import Queue

q = Queue()
print("waiting forever")
q.get()
