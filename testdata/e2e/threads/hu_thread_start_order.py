# Short threads started one after another finish in start order under
# CPython (start() waits until the new thread runs); programs print such
# results unsorted.
import threading


results = []


def work(i):
    results.append((i, f"item-{i:02d}"))


class Worker(threading.Thread):
    def __init__(self, i):
        super().__init__()
        self.i = i

    def run(self):
        results.append((self.i * 10, self.name))


threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
results.clear()
workers = [Worker(i) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(results)
