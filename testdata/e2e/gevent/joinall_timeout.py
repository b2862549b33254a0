import gevent


def nap(t):
    gevent.sleep(t)
    return t


gs = [gevent.spawn(nap, 0.01), gevent.spawn(nap, 1), gevent.spawn(nap, 0.02)]
done = gevent.joinall(gs, timeout=0.2)
print(len(done), [g.value for g in done])
print([g.ready() for g in gs])
gs[1].kill()
print(gs[1].dead, gs[1].successful())
