import threading

lock = threading.Lock()
rlock = threading.RLock()
sem = threading.Semaphore(0)
bsem = threading.BoundedSemaphore(1)

try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
rlock.acquire()
errors = []


def release_other():
    try:
        rlock.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=release_other)
t.start()
t.join()
print(errors)
try:
    sem.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(timeout=0.01), sem.acquire(timeout=-0.5))
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)
lock.acquire()
lock.release()
lock.release()
