import threading
import time

start_gate = threading.Event()
done = threading.Event()
order = []
order_lock = threading.Lock()


def runner(name):
    start_gate.wait()
    with order_lock:
        order.append(name)
        if len(order) == 3:
            done.set()


threads = [threading.Thread(target=runner, args=("r%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
time.sleep(0.05)
print("before gate", order, start_gate.is_set())
fired = []
timer = threading.Timer(0.05, lambda: (fired.append("timer"), start_gate.set()))
timer.start()
print("all done:", done.wait(timeout=2))
timer.join()
for t in threads:
    t.join()
print(sorted(order), fired)
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive())
print(done.wait(0.01), threading.active_count())
