import threading

local = threading.local()
results = {}
lock = threading.Lock()


def worker(n, barrier):
    local.name = "w%d" % n
    local.items = []
    barrier.wait()
    for i in range(n):
        local.items.append(i)
    local.count = len(local.items)
    local.count += 10
    with lock:
        results[local.name] = (local.count, hasattr(local, "items"), getattr(local, "missing", "dflt"))


def reader():
    print("reader sees name:", hasattr(local, "name"))
    try:
        print(local.name)
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    local.name = "main"
    barrier = threading.Barrier(3)
    ts = [threading.Thread(target=worker, args=(i + 1, barrier)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(results.items()))
    print("main still", local.name, hasattr(local, "items"))
    t = threading.Thread(target=reader)
    t.start()
    t.join()
    setattr(local, "extra", 5)
    print(getattr(local, "extra"))
    print(local.undefined_attr)
