# A stackless greenlet killed in the middle of its loop ends at the sleep
# it waits in; one whose loop raises on a later turn fails with gevent's
# report; the others go on.
import gevent


def ticker(name):
    for n in range(1000):
        print(name, "tick", n)
        gevent.sleep(0.05)
    return "never"


def fragile(name, bad_turn):
    for n in range(5):
        gevent.sleep(0)
        if n == bad_turn:
            raise KeyError(f"{name} broke at {n}")
        print(name, "ok", n)
    return name


t = gevent.spawn(ticker, "t")
f = gevent.spawn(fragile, "f", 2)
g = gevent.spawn(fragile, "g", 9)
gevent.sleep(0.12)
t.kill()
gevent.joinall([f, g])
print("t:", t.dead, t.successful(), type(t.value).__name__)
print("f:", f.successful(), repr(f.exception))
print("g:", g.value)
