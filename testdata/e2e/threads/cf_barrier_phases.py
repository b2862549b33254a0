import threading

N = 4
PHASES = 3
barrier = threading.Barrier(N)
partials = [[0] * N for _ in range(PHASES)]
log = []
log_lock = threading.Lock()


def compute(idx):
    for phase in range(PHASES):
        partials[phase][idx] = sum(range(idx * 100, (idx + 1) * 100)) * (phase + 1)
        arrival = barrier.wait()
        if arrival == 0:
            with log_lock:
                log.append("phase %d done" % phase)
        barrier.wait()


threads = [threading.Thread(target=compute, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for phase in range(PHASES):
    print(phase, partials[phase], sum(partials[phase]))
print(log)
print(barrier.broken, barrier.n_waiting)
