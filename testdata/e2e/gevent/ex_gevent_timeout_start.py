import gevent
from gevent import Timeout


def work(n):
    timeout = Timeout(0.02)
    timeout.start()
    try:
        gevent.sleep(n)
        return f"work {n} done"
    except Timeout:
        return f"work {n} timed out"
    finally:
        timeout.cancel()


results = [gevent.spawn(work, n) for n in (0.01, 0.05)]
gevent.joinall(results)
print([r.value for r in results])

try:
    gevent.spawn(gevent.sleep, 1).get(timeout=0.01)
except Timeout as t:
    print("get timed out:", t)
