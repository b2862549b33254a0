import threading


def bad():
    raise KeyError("missing")


t = threading.Thread(target=bad, name="loader")
t.start()
t.join()
print("still here")
