from gevent import monkey
monkey.patch_all()
import time
import gevent


def nap(name):
    print(name, "sleeps")
    time.sleep(0.1)
    print(name, "wakes")


start = time.time()
gevent.joinall([gevent.spawn(nap, n) for n in "ABC"])
print("cooperative", time.time() - start < 0.25)
