import threading
import time


def slow():
    time.sleep(0.1)
    print("non-daemon finished")


def forever():
    time.sleep(10)
    print("never")


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=slow).start()
print("main done")
