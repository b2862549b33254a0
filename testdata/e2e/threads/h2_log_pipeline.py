import threading
import queue
import time
from dataclasses import dataclass, field
from collections import Counter, defaultdict

@dataclass
class LogRecord:
    level: str
    service: str
    latency_ms: float
    tags: list = field(default_factory=list)

    @property
    def slow(self):
        return self.latency_ms > 100

LINES = [
    "INFO api 12.5 a,b",
    "ERROR db 340.1 c",
    "WARN api 99.9",
    "INFO cache 1.25 a",
    "ERROR api 150.0 b,c",
    "INFO db 45.0",
]

def parse(line):
    parts = line.split()
    tags = parts[3].split(",") if len(parts) > 3 else []
    return LogRecord(parts[0], parts[1], float(parts[2]), tags)

def producer(q, lines, n_consumers):
    for line in lines:
        q.put(line)
    for _ in range(n_consumers):
        q.put(None)

def consumer(q, out, lock):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        rec = parse(item)
        with lock:
            out.append(rec)
        q.task_done()

def main():
    q = queue.Queue(maxsize=3)
    out = []
    lock = threading.Lock()
    consumers = [threading.Thread(target=consumer, args=(q, out, lock), name=f"c{i}") for i in range(3)]
    for c in consumers:
        c.start()
    p = threading.Thread(target=producer, args=(q, LINES, len(consumers)))
    p.start()
    p.join()
    q.join()
    for c in consumers:
        c.join()
    out.sort(key=lambda r: (r.service, -r.latency_ms))
    for r in out:
        print(f"{r.level:<6}|{r.service:>6}|{r.latency_ms:8.2f}|{'SLOW' if r.slow else 'ok':^6}|{','.join(r.tags) or '-'}")
    by_level = Counter(r.level for r in out)
    print(by_level.most_common())
    by_svc = defaultdict(list)
    for r in out:
        by_svc[r.service].append(r.latency_ms)
    for svc, lat in sorted(by_svc.items()):
        print(f"{svc}: n={len(lat)} avg={sum(lat)/len(lat):.3f} max={max(lat)}")
    print(out[0])
    tags = Counter(t for r in out for t in r.tags)
    print(dict(sorted(tags.items())))

if __name__ == "__main__":
    main()
