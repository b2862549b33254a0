# gevent.Timeout.start_new: a timeout already started, cancelled in a
# finally or left to fire.
import gevent


def slow_call(seconds):
    timer = gevent.Timeout.start_new(0.01)
    try:
        gevent.sleep(seconds)
        return "finished"
    except gevent.Timeout:
        return "timed out"
    finally:
        timer.cancel()


print(slow_call(0.001))
print(slow_call(1))
t = gevent.Timeout.start_new(0.01, ValueError("too slow"))
try:
    gevent.sleep(1)
except ValueError as e:
    print("custom:", e)
t.cancel()
gevent.Timeout.start_new(0.01)
gevent.sleep(1)
