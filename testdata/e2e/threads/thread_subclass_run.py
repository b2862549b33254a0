import threading


class Counter(threading.Thread):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit
        self.total = 0

    def run(self):
        for i in range(self.limit):
            self.total += i


class Named(threading.Thread):
    def __init__(self, tag):
        super().__init__(name="named-" + tag, daemon=False)
        self.tag = tag

    def run(self):
        print("running", self.name, threading.current_thread().name)


c = Counter(10)
print(c.name, c.is_alive())
c.start()
c.join()
print(c.total, c.is_alive())
n = Named("x")
n.start()
n.join()
