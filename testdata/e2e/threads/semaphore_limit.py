import threading
import time

slots = threading.Semaphore(2)
guard = threading.Lock()
running = 0
peak = 0


def job():
    global running, peak
    with slots:
        with guard:
            running += 1
            if running > peak:
                peak = running
        time.sleep(0.02)
        with guard:
            running -= 1


ts = [threading.Thread(target=job) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak:", peak)
