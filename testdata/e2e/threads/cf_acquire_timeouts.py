# timeout=-1 means "wait forever" for Lock and RLock, but for Semaphore the
# default is None and a negative timeout means no wait at all.
import threading
import time


def release_later(primitive, delay):
    def run():
        time.sleep(delay)
        primitive.release()

    t = threading.Thread(target=run)
    t.start()
    return t


lock = threading.Lock()
lock.acquire()
t = release_later(lock, 0.1)
start = time.monotonic()
print("lock.acquire(True, -1):", lock.acquire(True, -1), time.monotonic() - start >= 0.05)
t.join()
lock.release()
print("lock.acquire(timeout=-1):", lock.acquire(timeout=-1))
print("held, non-blocking:", lock.acquire(False), lock.acquire(False, -1))
for timeout in [1, 0]:
    try:
        lock.acquire(blocking=False, timeout=timeout)
    except ValueError as e:
        print("lock timeout", timeout, "ValueError:", e)
lock.release()

sem = threading.Semaphore(0)
start = time.monotonic()
print("sem.acquire(timeout=-1):", sem.acquire(timeout=-1), time.monotonic() - start < 0.05)
print("sem.acquire(timeout=0):", sem.acquire(timeout=0))
t = release_later(sem, 0.1)
print("sem.acquire(True, None):", sem.acquire(True, None))
t.join()
t = release_later(sem, 0.1)
print("sem.acquire():", sem.acquire())
t.join()
for timeout in [1, -1]:
    try:
        sem.acquire(blocking=False, timeout=timeout)
    except ValueError as e:
        print("sem timeout", timeout, "ValueError:", e)
print("sem.acquire(False, None):", sem.acquire(False, None))

bsem = threading.BoundedSemaphore(1)
print("bounded:", bsem.acquire(timeout=-1), bsem.acquire(timeout=-1), bsem.acquire(blocking=True, timeout=0.01))

rlock = threading.RLock()
print("rlock:", rlock.acquire(True, -1), rlock.acquire(timeout=-1))
rlock.release()
rlock.release()

cond = threading.Condition()
print("cond:", cond.acquire(True, -1), cond.acquire(timeout=0.01))
cond.release()
cond.release()
