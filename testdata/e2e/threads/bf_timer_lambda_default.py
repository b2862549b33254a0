import threading

timers = []
fired = []
for i in range(3):
    timers.append(threading.Timer(0.01 * (i + 1), lambda i=i: fired.append(i)))
for t in timers:
    t.start()
for t in timers:
    t.join()
print(sorted(fired))
