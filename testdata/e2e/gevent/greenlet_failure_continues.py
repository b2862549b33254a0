import gevent


def bad(n):
    raise ZeroDivisionError("no %d" % n)
    return "never"


def good():
    return "fine"


gs = [gevent.spawn(bad, 1), gevent.spawn(good)]
gevent.joinall(gs)
print([g.successful() for g in gs])
print(gs[1].value)
