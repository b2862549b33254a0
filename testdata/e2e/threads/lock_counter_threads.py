import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        lock.acquire()
        counter += 1
        lock.release()


ts = [threading.Thread(target=add, args=(20000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
