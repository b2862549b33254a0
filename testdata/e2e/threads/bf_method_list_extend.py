import threading

class Pool:
    def __init__(self):
        self.items = []

    def add_all(self, xs):
        self.items += xs
        self.items.extend(x * 10 for x in xs)

p = Pool()
t = threading.Thread(target=p.add_all, args=([1, 2],))
t.start()
t.join()
print(p.items)
