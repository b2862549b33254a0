import threading

state = {"count": 0}
total, calls = 0, 0

def bump(n):
    global total, calls
    with threading.Lock():
        pass
    total, calls = total + n, calls + 1

for n in [1, 2, 3]:
    th = threading.Thread(target=bump, args=(n,))
    th.start()
    th.join()
print(total, calls)
