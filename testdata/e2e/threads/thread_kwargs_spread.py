import threading


class Worker(threading.Thread):
    def __init__(self, n, **kw):
        super().__init__(**kw)
        self.n = n

    def run(self):
        print(self.name, self.n, self.daemon)


def job(a, b=0):
    print("job", a, b, threading.current_thread().name)


w = Worker(3, name="w3", daemon=True)
w.start()
w.join()
v = Worker(4)
v.start()
v.join()
opts = {"target": job, "args": (1,), "kwargs": {"b": 2}}
t = threading.Thread(**opts)
t.start()
t.join()
t2 = threading.Thread(name="named", **{"target": job, "args": [5]})
t2.start()
t2.join()
try:
    Worker(5, colour="red")
except TypeError as e:
    print("TypeError:", e)
