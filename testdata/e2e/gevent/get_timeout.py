import gevent


def slow():
    gevent.sleep(1)


g = gevent.spawn(slow)
try:
    g.get(timeout=0.05)
except gevent.Timeout as t:
    print("timeout:", t)
g.join(timeout=0.01)
print("join returned, ready", g.ready())
g.kill()
print("killed", g.dead)
