import threading
a, b = 1, "x"
lo = hi = 0

def swap():
    global a, b
    a, b = b, a

def scan(values):
    global lo, hi
    for lo, hi in values:
        pass

t = threading.Thread(target=swap)
t.start(); t.join()
print(a, b)
t = threading.Thread(target=scan, args=([(1, 2), (3, 4)],))
t.start(); t.join()
print(lo, hi)
