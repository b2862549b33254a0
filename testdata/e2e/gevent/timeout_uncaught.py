import gevent

print("start")
with gevent.Timeout(1):
    gevent.sleep(2)
