import threading

messages = []
cond = threading.Condition()
ready = False

def waiter(n):
    with cond:
        while not ready:
            cond.wait()
        messages.append(f"waiter {n}")

ts = [threading.Thread(target=waiter, args=(n,)) for n in range(2)]
for t in ts:
    t.start()
with cond:
    ready = True
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(messages))
