import threading

b = threading.Barrier(4)
lock = threading.Lock()
seen = []


def party():
    i = b.wait()
    with lock:
        seen.append(i)


ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
seen.sort()
print(seen)
