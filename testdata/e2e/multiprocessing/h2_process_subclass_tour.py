import multiprocessing as mp
import time

class Counter(mp.Process):
    def __init__(self, n, out_q):
        super().__init__()
        self.n = n
        self.out_q = out_q

    def run(self):
        total = sum(i * i for i in range(self.n))
        self.out_q.put((self.name.split("-")[0], self.n, total))

def producer(q, items):
    for it in items:
        q.put(it)
    q.put(None)

def consumer(q, results):
    while True:
        it = q.get()
        if it is None:
            break
        results.append(it.upper())

def bump(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1

def fill(arr, idx, val):
    arr[idx] = val

def main():
    q = mp.Queue()
    procs = [Counter(n, q) for n in (10, 100, 1000)]
    for p in procs:
        p.start()
    out = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(out)
    print([p.exitcode for p in procs])
    with mp.Manager() as mgr:
        results = mgr.list()
        q2 = mp.Queue()
        a = mp.Process(target=producer, args=(q2, ["a", "b", "c"]))
        b = mp.Process(target=consumer, args=(q2, results))
        a.start(); b.start()
        a.join(); b.join()
        print(list(results))
        d = mgr.dict()
        d["x"] = 1
        print(dict(d))
    counter = mp.Value("i", 0)
    lock = mp.Lock()
    ps = [mp.Process(target=bump, args=(counter, lock, 50)) for _ in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print("counter", counter.value)
    arr = mp.Array("d", 4)
    ps = [mp.Process(target=fill, args=(arr, i, i * 1.5)) for i in range(4)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(list(arr), arr[:2])
    print(mp.cpu_count() > 0, mp.current_process().name)

if __name__ == "__main__":
    main()
