# Killing stackless greenlets: while one sleeps (it ends with GreenletExit
# as its value), before one ever ran, and joinall with a timeout.
import gevent


def sleeper(name, secs):
    print(name, "sleeps")
    gevent.sleep(secs)
    print(name, "woke")
    return name


a = gevent.spawn(sleeper, "a", 5)
b = gevent.spawn(sleeper, "b", 0.01)
c = gevent.spawn(sleeper, "c", 5)
c.kill()
print("c killed before running:", c.dead, type(c.value).__name__)
done = gevent.joinall([a, b], timeout=0.2)
print("done in time:", [g.value for g in done])
a.kill()
print("a:", a.dead, a.successful(), type(a.value).__name__)
print("b:", b.value)
