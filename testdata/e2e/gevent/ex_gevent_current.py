import gevent
from gevent import getcurrent


def who(tag):
    g = getcurrent()
    gevent.sleep(0.001)
    return f"{tag}: same greenlet {getcurrent() is g}"


jobs = [gevent.spawn(who, t) for t in "abc"]
gevent.joinall(jobs)
for j in jobs:
    print(j.value)
print("main is a greenlet:", getcurrent() is not None)
gevent.idle()
print("idle returned")
