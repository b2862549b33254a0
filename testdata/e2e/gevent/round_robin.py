import gevent


def worker(name):
    for i in range(3):
        print(name, i)
        gevent.sleep(0)


gs = [gevent.spawn(worker, n) for n in ["A", "B", "C"]]
print("spawned; nothing ran yet")
gevent.joinall(gs)
print("done")
