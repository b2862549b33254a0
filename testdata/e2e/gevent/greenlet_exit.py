import gevent


def waiter():
    try:
        gevent.sleep(1)
    except gevent.GreenletExit:
        print("got GreenletExit")
        raise


g = gevent.spawn(waiter)
gevent.sleep(0)
g.kill()
print(g.dead, g.exception)
