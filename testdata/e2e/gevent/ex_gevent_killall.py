import gevent
from gevent import GreenletExit


def looper(name):
    try:
        i = 0
        while True:
            i += 1
            gevent.sleep(0.01)
    except GreenletExit:
        print(f"{name} killed after some iterations")
        raise


loops = [gevent.spawn(looper, f"loop{i}") for i in range(3)]
gevent.sleep(0.05)
gevent.killall(loops)
print("all dead:", all(g.dead for g in loops))
print("values are GreenletExit:", all(isinstance(g.value, GreenletExit) for g in loops))
