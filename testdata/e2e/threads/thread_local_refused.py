import threading


class Counter(threading.local):
    def __init__(self):
        self.n = 0


def work(c):
    c.n += 1
    print(c.n)


if __name__ == "__main__":
    counter = Counter()
    t = threading.Thread(target=work, args=(counter,))
    t.start()
    t.join()
    print(counter.n)
