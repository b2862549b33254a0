import gevent
from gevent import Timeout


def slow(n):
    gevent.sleep(n)
    return n * 10


# Timeout as a context manager that raises
try:
    with Timeout(0.05):
        slow(0.2)
    print("not reached")
except Timeout as t:
    print("caught timeout:", t)

# Timeout that silently exits the block
with Timeout(0.02, False):
    slow(0.5)
    print("not reached either")
print("after silent timeout")

# a custom exception
class TooSlow(Exception):
    pass

try:
    with Timeout(0.02, TooSlow("too slow!")):
        slow(1)
except TooSlow as e:
    print("custom:", e)

# with_timeout
print("with_timeout value:", gevent.with_timeout(0.02, slow, 1, timeout_value="default"))
print("with_timeout fast:", gevent.with_timeout(0.5, slow, 0.01))

# fast body: no timeout
with Timeout(0.5):
    r = slow(0.01)
print("fast result", r)
