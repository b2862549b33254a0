import threading

hold = threading.Event()
started = threading.Event()


def f():
    print("in", threading.current_thread().name)
    started.set()
    hold.wait()


t = threading.Thread(target=f)
t.daemon = True
t.name = "renamed"
print(t.name, t.daemon)
t.start()
started.wait()
try:
    t.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("main exits; the daemon thread is dropped")
