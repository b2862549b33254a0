# Callbacks linked to a greenlet run before join() returns, as gevent
# runs them: link, link_exception, link_value and rawlink.
import gevent


def bad(x):
    gevent.sleep(0.001)
    return x / 0


def good(x):
    gevent.sleep(0.002)
    return x * 2


def on_error(g):
    print("error callback:", type(g.exception).__name__)


def on_value(g):
    print("value callback:", g.value)


b = gevent.spawn(bad, 5)
b.link_exception(on_error)
b.join()
print("after join of bad")
ok = gevent.spawn(good, 21)
ok.link_value(on_value)
ok.link(lambda g: print("link sees dead:", g.dead))
ok.join()
print("after join of good")
r = gevent.spawn(good, 1)
r.rawlink(lambda g: print("rawlink:", g.value))
gevent.joinall([r])
print("after joinall")
