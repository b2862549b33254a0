import gevent


class Worker(gevent.Greenlet):
    def __init__(self, n):
        gevent.Greenlet.__init__(self)
        self.n = n

    def _run(self):
        gevent.sleep(0)
        return self.n * 2


w = Worker(3)
w.start()
w.join()
print(w.value)
