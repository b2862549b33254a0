import threading
from concurrent.futures import ThreadPoolExecutor

go = threading.Event()


def work():
    go.wait()
    return 5


def report(fut):
    print("callback got", fut.result(), "in", threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work)
    f.add_done_callback(report)
    go.set()
print("after with")
