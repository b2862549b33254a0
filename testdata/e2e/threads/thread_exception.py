import threading


def bad(x):
    raise ValueError("oops %d" % x)


t = threading.Thread(target=bad, args=(1,))
t.start()
t.join()
print("main goes on")
