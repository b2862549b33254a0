import threading

lock = threading.Lock()
arrived = 0


def all_here():
    print("all", arrived, "arrived")


b = threading.Barrier(3, action=all_here)


def party():
    global arrived
    with lock:
        arrived += 1
    b.wait()


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(b.parties, b.broken, b.n_waiting)
