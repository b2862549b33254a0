import gevent


def bad(x):
    raise ValueError("greenlet failed %d" % x)


g = gevent.spawn(bad, 1)
finished = gevent.joinall([g])
print(len(finished))
print(g.successful(), g.value, repr(g.exception))
try:
    g.get()
except ValueError as e:
    print("get raised", e)
g.join()
print("join returned")
