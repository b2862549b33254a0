import threading
import time
import sys

class Resource:
    def __init__(self, name):
        self.name = name
        self.lock = threading.Lock()
        self.uses = 0

def use_both(a, b, log):
    first, second = sorted([a, b], key=lambda r: r.name)
    with first.lock:
        with second.lock:
            first.uses += 1
            second.uses += 1
            log.append(f"{a.name}+{b.name}")

held = threading.Event()


def try_acquire(res, results):
    # The second caller tries only once the first holds the lock, and
    # gives up long before it is released: the outcome does not depend on
    # how loaded the machine is.
    if results:
        held.wait()
    got = res.lock.acquire(timeout=0.01)
    results.append(got)
    if got:
        held.set()
        time.sleep(0.2)
        res.lock.release()

def main():
    r1, r2 = Resource("r1"), Resource("r2")
    log = []
    ts = [threading.Thread(target=use_both, args=(r1, r2, log)) for _ in range(3)]
    ts += [threading.Thread(target=use_both, args=(r2, r1, log)) for _ in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(r1.uses, r2.uses, len(log), sorted(set(log)))
    results = []
    a = threading.Thread(target=try_acquire, args=(r1, results))
    b = threading.Thread(target=try_acquire, args=(r1, results))
    a.start(); held.wait(); b.start()
    a.join(); b.join()
    print(sorted(results))
    print(r1.lock.locked(), r1.lock.acquire(blocking=False), r1.lock.locked())
    r1.lock.release()
    rl = threading.RLock()
    with rl:
        with rl:
            print("reentrant ok")
    ev = threading.Event()
    print(ev.wait(timeout=0.01), ev.is_set())
    timer_hits = []
    t = threading.Timer(0.01, timer_hits.append, args=("hit",))
    t.start(); t.join()
    t2 = threading.Timer(5, timer_hits.append, args=("never",))
    t2.start(); t2.cancel(); t2.join()
    print(timer_hits)
    th = threading.Thread(target=lambda: sys.exit(3))
    th.start(); th.join()
    print("main continues", threading.current_thread().name, threading.main_thread() is threading.current_thread())
    sys.exit(4)

main()
