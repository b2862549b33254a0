import threading


def noop():
    pass


t = threading.Thread(target=noop)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.is_alive())
