import gevent
import time

start = time.time()
log = []


def tick(name, delay):
    elapsed = time.time() - start
    log.append(name)
    print(f"{name} fired, not before its {delay}s: {elapsed >= delay - 0.01}")


later = [
    gevent.spawn_later(0.3, tick, "third", 0.3),
    gevent.spawn_later(0.1, tick, "first", 0.1),
    gevent.spawn_later(0.2, tick, "second", 0.2),
]
gevent.joinall(later)
print(" -> ".join(log))
