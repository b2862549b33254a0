import gevent

try:
    with gevent.Timeout(0.05):
        gevent.sleep(1)
        print("not reached")
except gevent.Timeout as t:
    print("caught", t)

with gevent.Timeout(0.05, False):
    gevent.sleep(1)
    print("not reached either")
print("silent timeout ended the block")

try:
    with gevent.Timeout(0.05, ValueError("too slow")):
        gevent.sleep(1)
except ValueError as e:
    print("custom", e)

with gevent.Timeout(1):
    gevent.sleep(0.01)
print("fast enough")
