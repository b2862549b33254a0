import multiprocessing

conn = None
calls = 0
cache = {}


class Connection:
    def __init__(self, owner):
        self.owner = owner

    def query(self, x):
        return "%s:%d" % (self.owner, x)


def init_worker():
    global conn
    conn = Connection(multiprocessing.current_process().name)


def work(rows):
    global calls
    for r in rows:
        calls += 1
        cache[r] = conn.query(r)
    return len(cache), calls


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init_worker) as pool:
        print(pool.apply(work, ([1, 2, 3],)))
    print(conn, calls, cache)
