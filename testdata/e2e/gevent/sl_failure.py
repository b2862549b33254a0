# An exception raised in a later step of a stackless greenlet: gevent's
# report with the traceback through the helper, the greenlet's state,
# and the other greenlets going on.
import gevent


def check(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return x * 2


def job(x):
    print("job", x, "begins")
    gevent.sleep(0)
    y = check(x)
    gevent.sleep(0)
    print("job", x, "gives", y)
    return y


gs = [gevent.spawn(job, i) for i in range(1, 5)]
gevent.joinall(gs)
for g in gs:
    print(g.successful(), g.value, repr(g.exception))
