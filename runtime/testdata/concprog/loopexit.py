import gevent


def wait_for(name):
    greenlets[name].join()


greenlets = {}
greenlets["a"] = gevent.spawn(wait_for, "b")
greenlets["b"] = gevent.spawn(wait_for, "a")
print("waiting")
greenlets["a"].join()
