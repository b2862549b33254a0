import gevent
from gevent.lock import BoundedSemaphore, Semaphore

sem = BoundedSemaphore(2)
active = []


def use_resource(n):
    with sem:
        active.append(n)
        print(f"worker {n} acquired, active={sorted(active)}")
        gevent.sleep(0.01 * (n % 3 + 1))
        active.remove(n)
    print(f"worker {n} released")


gevent.joinall([gevent.spawn(use_resource, i) for i in range(5)])

lock = Semaphore()
counter = 0


def increment(times):
    global counter
    for _ in range(times):
        lock.acquire()
        try:
            value = counter
            gevent.sleep(0)
            counter = value + 1
        finally:
            lock.release()


gevent.joinall([gevent.spawn(increment, 10) for _ in range(3)])
print("counter =", counter)
try:
    sem.release()
    sem.release()
    sem.release()
except ValueError as e:
    print("over-release:", e)
