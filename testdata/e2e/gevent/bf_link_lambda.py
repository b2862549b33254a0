# Callbacks given to Greenlet.link_value, whether they return None or a
# value, have their results dropped.
import gevent

seen = []


def work(n):
    return n * 2


def note(g):
    seen.append(g.value)


g = gevent.spawn(work, 3)
g.link_value(note)
g.link_value(lambda g: seen.append(g.value + 1))
g.link_value(lambda g: print("value", g.value))
gevent.joinall([g])
gevent.sleep(0)
print(seen)
