import threading
from concurrent.futures import ThreadPoolExecutor

release = threading.Event()


def blocker():
    release.wait()
    return "ok"


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(blocker)
    try:
        f.result(timeout=0.05)
    except TimeoutError as e:
        print("TimeoutError", repr(str(e)))
    release.set()
    print(f.result(timeout=5))
