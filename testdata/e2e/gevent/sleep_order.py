import gevent


def w(name, delay):
    print(name, "start")
    gevent.sleep(delay)
    print(name, "after sleep", delay)


gevent.joinall([
    gevent.spawn(w, "A", 0.01),
    gevent.spawn(w, "B", 0),
    gevent.spawn(w, "C", 0.01),
    gevent.spawn(w, "D", 0),
])
