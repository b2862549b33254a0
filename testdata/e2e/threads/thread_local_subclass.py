import threading


class Session(threading.local):
    created = 0

    def __init__(self, prefix):
        Session.created += 1
        self.name = prefix + ":" + threading.current_thread().name
        self.hits = []

    def hit(self, x):
        self.hits.append(x)
        return len(self.hits)


session = Session("s")


def worker(n):
    for i in range(n):
        session.hit(i * n)
    session.name = session.name.upper()
    print(session.name, session.hits)


if __name__ == "__main__":
    session.hit(99)
    ts = [threading.Thread(target=worker, args=(i + 1,), name="T%d" % i) for i in range(3)]
    for t in ts:
        t.start()
        t.join()
    print(session.name, session.hits, Session.created)
