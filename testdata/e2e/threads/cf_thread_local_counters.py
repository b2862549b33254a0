import threading

local = threading.local()
totals = {}
totals_lock = threading.Lock()


def handle(name, items):
    local.count = 0
    local.name = name
    for x in items:
        local.count += x
    with totals_lock:
        totals[local.name] = local.count


threads = [threading.Thread(target=handle, args=("t%d" % i, range(i * 10))) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals.items()))
print(hasattr(local, "count"))
