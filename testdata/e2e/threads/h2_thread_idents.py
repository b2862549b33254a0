import threading
import time
import queue

def greet(name, punct="!", times=1):
    for _ in range(times):
        print(f"hello {name}{punct}")

def forever():
    while True:
        time.sleep(0.01)

def main():
    t = threading.Thread(target=greet, args=("bob",), kwargs={"punct": "?", "times": 2})
    t.start(); t.join()
    d = threading.Thread(target=forever, daemon=True, name="bg")
    d.start()
    print(d.daemon, d.name, d.is_alive(), len(threading.enumerate()) >= 2)
    print(isinstance(threading.get_ident(), int), t.ident is not None)
    sig = threading.Semaphore(0)
    got = []
    def waiter():
        sig.acquire()
        got.append("released")
    w = threading.Thread(target=waiter)
    w.start()
    time.sleep(0.01)
    print(got)
    sig.release()
    w.join()
    print(got)
    q = queue.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    b = threading.Barrier(2, timeout=0.05)
    try:
        b.wait()
    except threading.BrokenBarrierError:
        print("broken", b.broken)
    print("exit with daemon running")

main()
ids = {}
def rec(k):
    ids[k] = threading.get_ident()
ts = [threading.Thread(target=rec, args=(k,), name=f"w{k}") for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(ids[k] == ts[k].ident for k in range(3)), threading.get_ident() == threading.main_thread().ident)
print(threading.Thread(target=rec, args=(9,)).ident, [t.name for t in threading.enumerate()])
