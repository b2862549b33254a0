import threading

b = threading.Barrier(2)
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("broken barrier")
print(b.broken)
b.reset()
print(b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("again broken", repr(str(e)))
