import threading

cond = threading.Condition()
ready = False


def consumer():
    with cond:
        while not ready:
            cond.wait()
        print("consumer saw ready")


t = threading.Thread(target=consumer)
t.start()
with cond:
    ready = True
    cond.notify()
t.join()
print("done")
