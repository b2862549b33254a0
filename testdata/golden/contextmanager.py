import threading
from contextlib import contextmanager

lock = threading.Lock()
log = []


@contextmanager
def acquired(name):
    lock.acquire()
    try:
        yield name.upper()
    finally:
        lock.release()
        log.append(name)


def work(n):
    with acquired(f"w{n}") as tag:
        return f"{tag}:{n}"


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
