import gevent


def bad():
    raise KeyError("k")


print("start")
gevent.spawn(bad).get()
print("not reached")
