import threading

lock = threading.Lock()
other = threading.Lock()


def free(l):
    # Hangs (and the test times out) if the lock was left held.
    l.acquire()
    l.release()
    return True


def locked_search(xs, target):
    for i in range(len(xs)):
        x = xs[i]
        with lock:
            if x == target:
                return i
            if x < 0:
                continue
        print("checked", x, free(lock))
    return -1


print(locked_search([5, -1, 7], 7))
print(free(lock))
with lock, other:
    print("both held")
print("released", free(lock), free(other))
for k in range(3):
    with lock:
        if k == 1:
            break
print("k", k, free(lock))
