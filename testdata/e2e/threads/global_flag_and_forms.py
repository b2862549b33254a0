import threading
import time

running = True
ticks = 0
last = ""
best = 0.0
log = []


def bump(n):
    return n * 2


def spinner(name):
    global ticks, last, best
    while running:
        ticks = ticks + bump(1)
        last = name
        best = max(best, 1.5)
        time.sleep(0.001)
    log.append(name)


def adder(k):
    global ticks
    for _ in range(500):
        ticks -= k
        ticks += k + 1


threads = [threading.Thread(target=spinner, args=("s%d" % i,)) for i in range(3)]
for j in range(3):
    threads.append(threading.Thread(target=adder, args=(j,)))
for t in threads:
    t.start()
time.sleep(0.05)
running = False
for t in threads:
    t.join()
print(ticks > 1500, ticks % 2 == 1500 % 2, last in ("s0", "s1", "s2"), best, sorted(log))
