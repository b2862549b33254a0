import threading
import time

done = []
status = "idle"

def job(name, delay):
    global status
    time.sleep(delay)
    status, last = "busy", name
    done.append(last)

threads = []
for i, d in enumerate([0.03, 0.01, 0.02]):
    threads.append(threading.Thread(target=job, args=(f"j{i}", d)))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(done), status)
