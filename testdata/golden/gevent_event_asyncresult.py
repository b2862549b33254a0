import gevent
from gevent.event import Event, AsyncResult

ready = Event()
result = AsyncResult()


def waiter(name):
    print(name, "waiting")
    ready.wait()
    print(name, "released")


def setter():
    gevent.sleep(0.02)
    print("setting event")
    ready.set()


def computer():
    gevent.sleep(0.03)
    result.set(sum(range(10)))


def reader():
    value = result.get()
    print("async result:", value)


gevent.joinall([
    gevent.spawn(waiter, "w1"),
    gevent.spawn(waiter, "w2"),
    gevent.spawn(setter),
    gevent.spawn(computer),
    gevent.spawn(reader),
])
print("event set:", ready.is_set(), "ready:", result.ready())
