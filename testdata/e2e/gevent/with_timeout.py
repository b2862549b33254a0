import gevent


def slow(x):
    gevent.sleep(1)
    return x


def fast(x):
    return x * 2


print(gevent.with_timeout(0.05, slow, 1, timeout_value=-1))
print(gevent.with_timeout(0.5, fast, 21))
try:
    gevent.with_timeout(0.05, slow, 3)
except gevent.Timeout:
    print("timed out")
