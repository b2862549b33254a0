import gevent


def hello(name):
    print("hello", name)
    return name


late = gevent.spawn_later(0.05, hello, "late")
early = gevent.spawn(hello, "early")
print("spawned")
gevent.joinall([late, early])
print(late.value, early.value)
