import threading

class Worker(threading.Thread):
    def __init__(self, idx, out):
        super().__init__()
        self.idx = idx
        self.out = out

    def run(self):
        self.out.append(self.idx ** 2)

out = []
workers = []
for i in range(4):
    workers += [Worker(i, out)]
for w in workers:
    w.start()
    w.join()
print(out)
