import threading
import time

lock = threading.Lock()
rlock = threading.RLock()
sem = threading.Semaphore(1)
bsem = threading.BoundedSemaphore(2)
results = []


def other():
    results.append(("lock nb", lock.acquire(blocking=False)))
    results.append(("lock nb positional", lock.acquire(False)))
    start = time.monotonic()
    got = lock.acquire(timeout=0.05)
    results.append(("lock timeout", got, time.monotonic() - start >= 0.04))
    results.append(("rlock nb other", rlock.acquire(False)))
    results.append(("rlock timeout other", rlock.acquire(True, 0.02)))
    results.append(("sem nb", sem.acquire(False)))
    results.append(("sem timeout", sem.acquire(timeout=0.02)))
    results.append(("sem blocking kw", sem.acquire(blocking=False)))


print(lock.acquire(), lock.locked())
print(rlock.acquire(), rlock.acquire(False), rlock.acquire(blocking=True, timeout=0.01))
print(sem.acquire(blocking=False), sem.acquire(blocking=False))
t = threading.Thread(target=other)
t.start()
t.join()
for r in results:
    print(*r)
lock.release()
print(lock.acquire(blocking=False), lock.acquire(timeout=0))
lock.release()
print(lock.acquire(timeout=0.01), lock.locked())
lock.release()
rlock.release()
rlock.release()
rlock.release()
t2 = threading.Thread(target=lambda: results.append(rlock.acquire(False)))
t2.start()
t2.join()
print(results[-1])
print(bsem.acquire(), bsem.acquire(False), bsem.acquire(timeout=0.01))
bsem.release()
print(bsem.acquire(False))
sem.release()
print(sem.acquire(timeout=0.5))
