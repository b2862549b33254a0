import queue
import threading


class Worker(threading.Thread):
    def __init__(self, wid, inbox, outbox):
        super().__init__(name="worker-%d" % wid, daemon=True)
        self.wid = wid
        self.inbox = inbox
        self.outbox = outbox
        self.processed = 0
        self.errors = []

    def run(self):
        while True:
            job = self.inbox.get()
            if job is None:
                break
            try:
                if job % 7 == 0:
                    raise ValueError("bad job %d" % job)
                self.outbox.put((job, job * job))
                self.processed += 1
            except ValueError as e:
                self.errors.append(str(e))
            finally:
                self.inbox.task_done()


inbox = queue.Queue()
outbox = queue.Queue()
workers = [Worker(i, inbox, outbox) for i in range(4)]
for w in workers:
    w.start()
for job in range(1, 41):
    inbox.put(job)
inbox.join()
for w in workers:
    inbox.put(None)
for w in workers:
    w.join()
squares = {}
while not outbox.empty():
    job, sq = outbox.get()
    squares[job] = sq
print(len(squares), sum(squares.values()))
print(sum(w.processed for w in workers))
errors = sorted(e for w in workers for e in w.errors)
print(errors)
print(all(not w.is_alive() for w in workers), [w.name for w in workers])
