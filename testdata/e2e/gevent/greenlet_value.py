import gevent


def square(x):
    gevent.sleep(0.01)
    return x * x


g = gevent.spawn(square, 7)
print(g.ready(), g.dead, g.value)
print(g.get())
print(g.ready(), g.dead, g.value, g.successful(), g.exception)
