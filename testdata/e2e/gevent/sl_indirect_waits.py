# Functions that wait only through something they call (a dict of
# functions, a constructor, __str__, a property, a queue, map) keep their
# coroutine: a stackless step could not park there.
import gevent
from gevent.queue import Queue

q = Queue()

class Slow:
    def __init__(self, n):
        gevent.sleep(0)
        self.n = n
    def __str__(self):
        gevent.sleep(0)
        return f"Slow({self.n})"
    @property
    def value(self):
        gevent.sleep(0)
        return self.n

def napper(x):
    gevent.sleep(0)
    return x

table = {"nap": napper}

def via_dict(x):
    gevent.sleep(0)
    return table["nap"](x)

def via_init(x):
    gevent.sleep(0)
    s = Slow(x)
    return s.n

def via_str(x):
    s = Slow(x)
    gevent.sleep(0)
    print(s)

def via_prop(x, s):
    gevent.sleep(0)
    return s.value

def via_queue(x):
    gevent.sleep(0)
    q.put(x)

def via_map(x):
    gevent.sleep(0)
    return list(map(napper, [x, x]))

gs = [gevent.spawn(via_dict, 1), gevent.spawn(via_init, 2), gevent.spawn(via_str, 3),
      gevent.spawn(via_prop, 4, Slow(4)), gevent.spawn(via_queue, 5), gevent.spawn(via_map, 6)]
gevent.joinall(gs)
print([g.value for g in gs], q.get())
