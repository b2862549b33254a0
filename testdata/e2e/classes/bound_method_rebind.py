import threading


class W:
    def __init__(self, n):
        self.n = n

    def run(self):
        print("run", self.n)


threads = []
for i in range(3):
    w = W(i)
    threads.append(threading.Thread(target=w.run))
w = W(99)
for t in threads:
    t.start()
    t.join()
