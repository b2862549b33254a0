from concurrent.futures import ThreadPoolExecutor
import threading

local_results = []
lock = threading.Lock()

def handler(x):
    with lock:
        local_results.append(x)

def dispatch(items):
    with ThreadPoolExecutor(max_workers=3) as ex:
        for it in items:
            ex.submit(handler, it * 2)

dispatch([1, 2, 3])
dispatch(range(2))
print(sorted(local_results))
