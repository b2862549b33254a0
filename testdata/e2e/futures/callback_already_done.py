import threading
from concurrent.futures import ThreadPoolExecutor


def work():
    return 5


def report(fut):
    print("callback got", fut.result(), "in", threading.current_thread().name)


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work)
    f.result()
    f.add_done_callback(report)
    print("added")
