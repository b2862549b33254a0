import threading

ev = threading.Event()
print(ev.is_set())
print(ev.wait(0.05))


def setter():
    ev.set()


t = threading.Thread(target=setter)
t.start()
print(ev.wait())
t.join()
print(ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(0.01))
