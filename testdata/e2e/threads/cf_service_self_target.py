import threading
import time


class Service:
    def __init__(self, name):
        self.name = name
        self.stop_event = threading.Event()
        self.ticks = 0
        self.thread = None
        self.history = []

    def start(self):
        self.thread = threading.Thread(target=self._loop, name=self.name, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stop_event.is_set():
            self.ticks += 1
            self.history.append(self.ticks)
            time.sleep(0.002)

    def stop(self):
        self.stop_event.set()
        self.thread.join()


services = [Service("svc-%d" % i) for i in range(3)]
for s in services:
    s.start()
time.sleep(0.05)
for s in services:
    s.stop()
print([s.ticks > 0 for s in services])
print([s.history == list(range(1, s.ticks + 1)) for s in services])
print([s.thread.is_alive() for s in services], [s.thread.name for s in services])
