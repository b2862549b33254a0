import gevent


def loop():
    try:
        while True:
            print("tick")
            gevent.sleep(0.1)
    finally:
        print("cleanup")


g = gevent.spawn(loop)
gevent.sleep(0.15)
g.kill()
print("dead", g.dead, "exception", g.exception)
