# A scheduler class used as a context manager: jobs (order=True dataclasses)
# taken from a queue by worker threads get attributes set dynamically;
# results go to one of two lists chosen by a conditional expression.
import threading
import time
import random
from queue import Queue, Empty
from dataclasses import dataclass, field
from typing import List

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    attempts: int = field(default=0, compare=False)

class Scheduler:
    def __init__(self, workers=3, max_attempts=2):
        self.q = Queue()
        self.max_attempts = max_attempts
        self.done: List[str] = []
        self.failed: List[str] = []
        self.lock = threading.Lock()
        self.workers = [threading.Thread(target=self._loop, name=f"w{i}") for i in range(workers)]
        self.stop = threading.Event()

    def submit(self, job):
        self.q.put(job)

    def _loop(self):
        while not self.stop.is_set():
            try:
                job = self.q.get(timeout=0.02)
            except Empty:
                continue
            try:
                self._run(job)
            finally:
                self.q.task_done()

    def _run(self, job):
        job.attempts += 1
        if job.name.endswith("!") and job.attempts < self.max_attempts:
            self.q.put(job)
            return
        with self.lock:
            (self.failed if job.name.endswith("!") else self.done).append(f"{job.name}#{job.attempts}")

    def __enter__(self):
        for w in self.workers:
            w.start()
        return self

    def __exit__(self, *exc):
        self.q.join()
        self.stop.set()
        for w in self.workers:
            w.join()
        return False

with Scheduler() as s:
    for i, name in enumerate(["a", "b!", "c", "d!", "e"]):
        s.submit(Job(i % 3, name))
print(sorted(s.done), sorted(s.failed))
jobs = sorted([Job(2, "x"), Job(1, "y"), Job(2, "z")])
print([j.name for j in jobs], jobs[0] < jobs[1], Job(1, "p") == Job(1, "q"))
