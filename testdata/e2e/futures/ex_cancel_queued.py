# shutdown(cancel_futures=True) with thousands of tasks queued behind a
# task that is still running: every queued one is cancelled (its done
# callback runs), the running one finishes, and a later submit is
# refused.
import threading
from concurrent.futures import ThreadPoolExecutor, CancelledError

gate = threading.Event()
running = threading.Event()
cancelled = []


def blocked():
    running.set()
    gate.wait()
    return "first"


def work(x):
    return x


def main():
    ex = ThreadPoolExecutor(max_workers=1)
    first = ex.submit(blocked)
    running.wait()
    queued = [ex.submit(work, i) for i in range(5000)]
    for f in queued[:3]:
        f.add_done_callback(lambda f: cancelled.append(f.cancelled()))
    ex.shutdown(wait=False, cancel_futures=True)
    gate.set()
    print(first.result())
    print(sum(f.cancelled() for f in queued), cancelled)
    try:
        queued[0].result()
    except CancelledError:
        print("CancelledError")
    try:
        ex.submit(work, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    ex.shutdown(wait=True)


main()
