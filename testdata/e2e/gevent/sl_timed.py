# Timed sleeps of stackless greenlets wake in deadline order, between
# greenlets that wait in other ways (a join, an event).
import gevent
from gevent.event import Event

ready = Event()


def ticker(name, delay, times):
    count = 0
    gevent.sleep(delay)
    count += 1
    print(name, "tick", count)
    gevent.sleep(delay)
    count += 1
    print(name, "tick", count)
    return name * times


def waiter():
    ready.wait()
    print("event seen")
    return "waited"


w = gevent.spawn(waiter)
ts = [gevent.spawn(ticker, n, d, 2) for n, d in [("slow", 0.35), ("fast", 0.1), ("mid", 0.25)]]
gevent.sleep(0.3)
print("main sets the event")
ready.set()
gevent.joinall(ts + [w])
print([t.value for t in ts], w.value)
