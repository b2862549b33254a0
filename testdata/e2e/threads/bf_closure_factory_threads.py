import threading

def make_worker(idx, sink):
    def work():
        sink.append(idx * 10)
    return work

sink = []
workers = [make_worker(i, sink) for i in range(3)]
for w in workers:
    t = threading.Thread(target=w)
    t.start()
    t.join()
print(sink)
