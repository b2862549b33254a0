import threading
import time
import random
class State:
    IDLE = "IDLE"
    RUNNING = "RUNNING"
    DONE = "DONE"

class Job:
    _ids = 0
    _lock = threading.Lock()

    def __init__(self, name, cost):
        with Job._lock:
            Job._ids += 1
            self.id = Job._ids
        self.name = name
        self.cost = cost
        self.state = State.IDLE
        self.output = None

    def run(self):
        self.state = State.RUNNING
        time.sleep(self.cost / 1000)
        self.output = self.name[::-1]
        self.state = State.DONE

    def __repr__(self):
        return f"Job#{self.id}({self.name!r}, {self.state})"

class Scheduler:
    def __init__(self, workers=2):
        self.jobs = []
        self.sem = threading.Semaphore(workers)
        self.done = threading.Event()
        self.finished = 0
        self.cv = threading.Condition()

    def submit(self, job):
        self.jobs.append(job)

    def _worker(self, job):
        with self.sem:
            job.run()
        with self.cv:
            self.finished += 1
            self.cv.notify_all()

    def run_all(self):
        threads = [threading.Thread(target=self._worker, args=(j,)) for j in self.jobs]
        for t in threads:
            t.start()
        with self.cv:
            ok = self.cv.wait_for(lambda: self.finished == len(self.jobs), timeout=5)
        for t in threads:
            t.join()
        self.done.set()
        return ok

def main():
    s = Scheduler()
    for i, name in enumerate(["alpha", "beta", "gamma", "delta"]):
        s.submit(Job(name, (i * 7) % 5))
    print(s.jobs)
    print(s.run_all(), s.done.is_set())
    print(s.jobs)
    print(sorted(j.output for j in s.jobs))
    print({j.state for j in s.jobs} == {State.DONE})
    counts = {st: sum(1 for j in s.jobs if j.state == st) for st in (State.IDLE, State.DONE)}
    print(counts)

main()
