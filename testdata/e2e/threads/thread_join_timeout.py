import threading

gate = threading.Event()


def waiter():
    gate.wait()
    print("released")


t = threading.Thread(target=waiter)
t.start()
t.join(0.05)
print("alive after timeout:", t.is_alive())
gate.set()
t.join()
print("alive after join:", t.is_alive())
