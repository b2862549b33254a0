import threading
import time


def late():
    time.sleep(0.2)
    print("late thread finished")


t = threading.Thread(target=late)
t.start()
print("main body done")
