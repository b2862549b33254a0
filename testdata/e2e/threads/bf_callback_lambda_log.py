import threading
from concurrent.futures import ThreadPoolExecutor

lines = []
lines_lock = threading.Lock()

def log(msg):
    with lines_lock:
        lines.append(msg)

def job(i):
    log(f"start {i}")
    return i

with ThreadPoolExecutor(max_workers=2) as ex:
    futs = [ex.submit(job, i) for i in range(3)]
    for f in futs:
        f.add_done_callback(lambda fut: log(f"end {fut.result()}"))
print(sorted(lines))
