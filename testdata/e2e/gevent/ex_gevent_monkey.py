from gevent import monkey
monkey.patch_all()

import time
import gevent


def io_task(n):
    print(f"task {n} sleeping")
    time.sleep(0.05 * n)
    print(f"task {n} woke")
    return n * n


start = time.time()
greenlets = [gevent.spawn(io_task, n) for n in (3, 1, 2)]
gevent.joinall(greenlets)
elapsed = time.time() - start
print("results:", [g.value for g in greenlets])
print("concurrent:", elapsed < 0.25)
