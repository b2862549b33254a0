# Each greenlet has a recursion depth of its own: several greenlets deep
# in recursion at once, switching in between, do not add up.
import gevent


def down(n):
    if n == 0:
        return 0
    if n % 100 == 0:
        gevent.sleep(0)
    return 1 + down(n - 1)


def guarded(n):
    try:
        return down(n)
    except RecursionError:
        return "RecursionError"


jobs = [gevent.spawn(guarded, n) for n in (800, 900, 5000, 850)]
gevent.joinall(jobs)
print([j.value for j in jobs])
