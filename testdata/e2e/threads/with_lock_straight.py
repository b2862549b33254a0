# `with lock:` around plain arithmetic, and around bodies that can raise,
# on Lock, RLock and Semaphore, from several threads.
import threading

N = 20000
count = 0
total = 0.0
net = 0
lock = threading.Lock()
rlock = threading.RLock()
sem = threading.Semaphore(1)


def work(k):
    global count, total, net
    for i in range(N):
        with lock:
            count += 1
            total += 0.5
        with rlock:
            net = net + k - 1
        with sem:
            pass


def risky(d):
    with lock:
        return 10 // d


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count, total, net, lock.locked())
try:
    risky(0)
except ZeroDivisionError as e:
    print("caught", e, lock.locked())
print(risky(3), lock.locked())
with lock:
    count -= -1
print(count, lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("caught", e)
