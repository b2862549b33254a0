import threading

class Stats:
    total = 0
    lock = threading.Lock()

    @classmethod
    def add(cls, n):
        with cls.lock:
            cls.total += n

ts = [threading.Thread(target=Stats.add, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(Stats.total)
