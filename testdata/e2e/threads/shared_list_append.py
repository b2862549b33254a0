import threading

results = []


def collect(base):
    for i in range(500):
        results.append(base + i)


ts = [threading.Thread(target=collect, args=(k * 1000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(results))
print(sum(results))
