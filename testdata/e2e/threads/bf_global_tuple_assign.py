# Tuple assignment to globals that threads share.
import threading

a = 0
b = ""
c = []


def setit(x):
    global a, b, c
    a, b = x, str(x) * 2
    b, a = b + "!", a + 1
    c = [a, b]


def swap():
    global a
    x, y = 10, 20
    a, x = x, a
    print(x, y)


setit(3)
print(a, b, c)
t = threading.Thread(target=setit, args=(7,))
t.start()
t.join()
print(a, b, c)
swap()
print(a)
