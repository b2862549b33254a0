# The name of an except clause reused for a variable of another type
# (except Timeout as t, then t = Timeout(...)): each is its own variable.
import gevent
from gevent import Timeout


def main():
    try:
        with Timeout(0.01):
            gevent.sleep(1)
    except Timeout as t:
        print("timeout!", t is not None)

    t = Timeout(0.01, ValueError("custom"))
    t.start()
    try:
        gevent.sleep(1)
    except ValueError as e:
        print("custom timeout", e)
    finally:
        t.cancel()
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as t:
            print("caught", repr(t))
        t = i * 10
        print(t + 1)


main()
