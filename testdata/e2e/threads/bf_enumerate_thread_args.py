import threading

results = {}

def worker(name, n):
    results[name] = sum(range(n))

threads = []
for i, n in enumerate([10, 20, 30]):
    t = threading.Thread(target=worker, args=(f"w{i}", n))
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
