import threading

b = threading.BoundedSemaphore(1)
with b:
    print("held")
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
