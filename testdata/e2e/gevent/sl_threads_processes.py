# Stackless greenlets in the hubs of threads and of pool worker processes.
import threading
import gevent
from multiprocessing import Pool

def beat(tag, n):
    out = []
    for i in range(n):
        out.append(f"{tag}{i}")
        gevent.sleep(0)
    return out

def run_hub(tag):
    gs = [gevent.spawn(beat, f"{tag}-{k}", 2) for k in range(3)]
    gevent.joinall(gs)
    return [g.value for g in gs]

results = {}
def thread_main(tag):
    results[tag] = run_hub(tag)

ts = [threading.Thread(target=thread_main, args=(t,)) for t in "xy"]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
if __name__ == "__main__":
    with Pool(2) as p:
        print(p.map(run_hub, ["p", "q"]))
