import gevent


def f():
    print("never runs")


gevent.spawn(f)
print("main exits")
