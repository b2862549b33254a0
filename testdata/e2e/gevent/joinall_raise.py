import gevent


def check(x):
    gevent.sleep(0.01 * x)
    if x == 2:
        raise RuntimeError("check %d failed" % x)
    print("checked", x)
    return x


try:
    gevent.joinall([gevent.spawn(check, 1), gevent.spawn(check, 2), gevent.spawn(check, 3)], raise_error=True)
except RuntimeError as e:
    print("raised", e)
print("after")
