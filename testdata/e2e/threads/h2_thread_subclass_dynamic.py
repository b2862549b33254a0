import threading

class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def run(self):
        print("worker", self.n)

def plain():
    print("plain")

threads = [Worker(1), threading.Thread(target=plain)]
for t in threads:
    t.start()
    t.join()
    print(t.name, t.is_alive())
