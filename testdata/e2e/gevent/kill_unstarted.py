import gevent


def f():
    print("never runs")


g = gevent.spawn(f)
g.kill()
print(g.dead, g.successful())
gevent.sleep(0.01)
print("end")
