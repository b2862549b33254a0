import threading

cond = threading.Condition(threading.Lock())
count = 0


def bump():
    global count
    for _ in range(5):
        with cond:
            count += 1
            cond.notify_all()


t = threading.Thread(target=bump)
t.start()
with cond:
    ok = cond.wait_for(lambda: count >= 5)
print("reached:", ok, count)
t.join()
with cond:
    print("timed out:", cond.wait_for(lambda: count > 100, timeout=0.05))
    print("wait:", cond.wait(0.02))
