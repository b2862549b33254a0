import gevent


def count(n):
    gevent.sleep(0.01 * n)
    return n + 1


def average(a, b):
    gevent.sleep(0.01)
    return (a + b) / 2


def report(name):
    gevent.sleep(0)
    print("report", name)


jobs = [gevent.spawn(count, 2), gevent.spawn(average, 1, 2), gevent.spawn(report, "x")]
gevent.joinall(jobs)
print([g.value for g in jobs])
print([g.successful() for g in jobs])
print(jobs[0].get(), jobs[1].get(), jobs[2].get())
