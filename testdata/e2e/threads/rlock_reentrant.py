import threading

rl = threading.RLock()


def nested(n):
    with rl:
        if n > 0:
            nested(n - 1)
        else:
            print("deepest")


nested(3)


def other():
    try:
        rl.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


rl.acquire()
t = threading.Thread(target=other)
t.start()
t.join()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
