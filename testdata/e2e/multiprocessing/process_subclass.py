import multiprocessing as mp
from multiprocessing import Process, Queue

counter = 0


class Job(mp.Process):
    def __init__(self, n, q):
        super().__init__(name=f"job-{n}")
        self.n = n
        self.q = q

    def run(self):
        global counter
        counter += self.n
        self.q.put((self.name, self.n * self.n, counter))


class Quiet(Process):
    def run(self):
        print("quiet runs as", self.name, mp.current_process().name)


class Boom(Process):
    def __init__(self):
        super().__init__(daemon=True)

    def run(self):
        raise ValueError("boom in child")


if __name__ == "__main__":
    q = Queue()
    jobs = [Job(i, q) for i in range(1, 4)]
    for j in jobs:
        j.start()
    for j in jobs:
        j.join()
    print(sorted(q.get() for _ in jobs))
    print("parent counter", counter, [j.exitcode for j in jobs], [j.is_alive() for j in jobs])
    qt = Quiet()
    qt.start()
    qt.join()
    b = Boom()
    b.start()
    b.join()
    print("boom exit", b.exitcode, b.daemon)
