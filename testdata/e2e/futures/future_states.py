import threading
from concurrent.futures import ThreadPoolExecutor

started = threading.Event()
release = threading.Event()


def blocker():
    started.set()
    release.wait()
    return "finished"


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(blocker)
    started.wait()
    print("running:", f.running(), "done:", f.done())
    print("cancel running:", f.cancel())
    release.set()
    print(f.result())
    print("running:", f.running(), "done:", f.done(), "cancelled:", f.cancelled())
