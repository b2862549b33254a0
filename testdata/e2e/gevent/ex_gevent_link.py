import gevent


def job(x):
    gevent.sleep(0.01 * x)
    if x == 2:
        raise RuntimeError("job 2 failed")
    return x * 3


def on_success(g):
    print("success callback:", g.value)


def on_failure(g):
    print("failure callback:", type(g.exception).__name__, g.exception)


greenlets = []
for x in (1, 2, 3):
    g = gevent.spawn(job, x)
    g.link_value(on_success)
    g.link_exception(on_failure)
    greenlets.append(g)
gevent.joinall(greenlets)
gevent.sleep(0.01)
print("done:", [g.successful() for g in greenlets])
