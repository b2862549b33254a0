# 4 threads, each making 250,000 lock-protected increments.
import threading

N = 250000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
