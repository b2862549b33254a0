import threading
from concurrent.futures import ThreadPoolExecutor


def run():
    count = 0
    label = "start"
    total = 0.0

    def work(n):
        nonlocal count, label, total
        for i in range(n):
            count += 1
            total = total + 0.25
        label = "worked"

    threads = [threading.Thread(target=work, args=(20000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with ThreadPoolExecutor(2) as ex:
        for f in [ex.submit(work, 100), ex.submit(work, 200)]:
            f.result()
    return count, label, total


print(run())
