# A Thread subclass whose run is a coroutine function: the thread would
# only create the coroutine. py2go refuses it.
import threading


class Worker(threading.Thread):
    async def run(self):
        print("never awaited")


w = Worker()
w.start()
w.join()
