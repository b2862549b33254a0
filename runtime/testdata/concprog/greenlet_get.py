import gevent


def bad(x):
    raise ValueError("greenlet failed %d" % x)


gevent.spawn(bad, 1).get()
