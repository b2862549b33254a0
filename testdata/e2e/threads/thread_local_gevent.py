from gevent import monkey

monkey.patch_all()

import threading

import gevent

local = threading.local()


def task(name):
    local.name = name
    gevent.sleep(0.01)
    print(name, "sees", local.name)


if __name__ == "__main__":
    local.name = "main"
    gevent.joinall([gevent.spawn(task, "a"), gevent.spawn(task, "b")])
    print("main sees", local.name)
