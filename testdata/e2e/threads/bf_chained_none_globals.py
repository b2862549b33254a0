import threading

first = last = None

def visit(x):
    global first, last
    if first is None:
        first = x
    last = x

for x in [5, 6, 7]:
    t = threading.Thread(target=visit, args=(x,))
    t.start()
    t.join()
print(first, last)
