import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire())
print(s.acquire(timeout=0.05))
print(s.acquire(blocking=False))
s.release()
s.release()
s.release()
print(s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
