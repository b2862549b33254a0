import threading


def noop():
    pass


t = threading.Thread(target=noop)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
