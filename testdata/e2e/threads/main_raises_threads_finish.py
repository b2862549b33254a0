import threading
import time


def slow():
    time.sleep(0.1)
    print("worker finished")


threading.Thread(target=slow).start()
raise ValueError("main failed")
