import gevent
import time

start = time.time()
log = []


def tick(name):
    elapsed = time.time() - start
    log.append(name)
    print(f"{name} fired after ~{round(elapsed, 1)}s")


later = [
    gevent.spawn_later(0.3, tick, "third"),
    gevent.spawn_later(0.1, tick, "first"),
    gevent.spawn_later(0.2, tick, "second"),
]
gevent.joinall(later)
print(" -> ".join(log))
