import multiprocessing

conn = None
opened = 0


class Connection:
    def __init__(self, owner):
        self.owner = owner
        self.queries = 0

    def query(self, x):
        self.queries += 1
        return x * 10


def init_worker():
    global conn, opened
    conn = Connection(multiprocessing.current_process().name)
    opened += 1


def task(x):
    same = conn.owner == multiprocessing.current_process().name
    return (conn.query(x), same, opened)


if __name__ == "__main__":
    with multiprocessing.Pool(2, initializer=init_worker) as pool:
        for r in pool.map(task, range(6)):
            print(r)
    print("parent conn", conn, "opened", opened)
