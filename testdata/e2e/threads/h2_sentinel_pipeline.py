import queue
import threading
import time

SENTINEL = object()

def stage(name, inq, outq, fn):
    while True:
        item = inq.get()
        if item is SENTINEL:
            outq.put(SENTINEL)
            break
        outq.put(fn(item))

def tokenize(line):
    return line.lower().split()

def count(tokens):
    return {t: tokens.count(t) for t in set(tokens)}

def main():
    lines = ["The cat sat", "the dog sat on the cat", "A bird"]
    q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
    t1 = threading.Thread(target=stage, args=("tok", q1, q2, tokenize))
    t2 = threading.Thread(target=stage, args=("cnt", q2, q3, count))
    t1.start(); t2.start()
    for l in lines:
        q1.put(l)
    q1.put(SENTINEL)
    totals = {}
    while True:
        r = q3.get()
        if r is SENTINEL:
            break
        for k, v in r.items():
            totals[k] = totals.get(k, 0) + v
    t1.join(); t2.join()
    for k in sorted(totals, key=lambda k: (-totals[k], k)):
        print(f"{k:<5}{totals[k]:>3}")
    q = queue.PriorityQueue()
    for p, name in [(3, "low"), (1, "high"), (2, "mid")]:
        q.put((p, name))
    while not q.empty():
        print(q.get_nowait())
    lq = queue.LifoQueue()
    for i in range(3):
        lq.put(i)
    print([lq.get() for _ in range(3)])
    try:
        queue.Queue().get(timeout=0.01)
    except queue.Empty:
        print("empty")
    bq = queue.Queue(maxsize=1)
    bq.put(1)
    try:
        bq.put(2, block=False)
    except queue.Full:
        print("full", bq.qsize(), bq.full())

main()
