import gevent


def divide(a, b):
    gevent.sleep(0.01)
    return a / b


good = gevent.spawn(divide, 10, 2)
bad = gevent.spawn(divide, 1, 0)
gevent.joinall([good, bad])
print("good:", good.value, good.successful())
print("bad failed:", not bad.successful(), type(bad.exception).__name__)
try:
    bad.get()
except ZeroDivisionError as e:
    print("get() re-raised:", e)
