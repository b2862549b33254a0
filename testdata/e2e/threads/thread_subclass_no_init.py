import threading


class Worker(threading.Thread):
    def run(self):
        print("worker runs in", self.name)


w = Worker()
w.start()
w.join()
