import threading
from concurrent.futures import Future, ThreadPoolExecutor
import time

def async_compute(x):
    fut = Future()
    def work():
        try:
            if x < 0:
                raise ValueError("negative")
            fut.set_result(x ** 2)
        except Exception as e:
            fut.set_exception(e)
    threading.Thread(target=work).start()
    return fut

def chain(fut, fn):
    out = Future()
    def cb(f):
        if f.exception() is not None:
            out.set_exception(f.exception())
        else:
            out.set_result(fn(f.result()))
    fut.add_done_callback(cb)
    return out

def main():
    f1 = async_compute(4)
    f2 = chain(f1, lambda v: v + 1)
    print(f2.result(timeout=1))
    f3 = chain(async_compute(-1), lambda v: v)
    try:
        f3.result(timeout=1)
    except ValueError as e:
        print("chained error:", e)
    f4 = Future()
    print(f4.done(), f4.running(), f4.cancel(), f4.cancelled(), f4.done())
    with ThreadPoolExecutor(1) as ex:
        slow = ex.submit(time.sleep, 0.05)
        queued = ex.submit(pow, 2, 10)
        print(queued.cancel(), queued.cancelled())
    print(slow.result(), slow.done())

main()
