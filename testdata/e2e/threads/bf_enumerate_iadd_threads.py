import threading

def worker(results, idx, values):
    results[idx] = sum(values)

data = [[1, 2], [3, 4, 5], [6]]
results = [0] * len(data)
threads = []
for idx, values in enumerate(data):
    threads += [threading.Thread(target=worker, args=(results, idx, values))]
for t in threads:
    t.start()
    t.join()
print(results)
