import queue
import multiprocessing

if __name__ == "__main__":
    q = multiprocessing.Queue()
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("empty")
    q.put("x")
    print(q.get())
    try:
        q.get_nowait()
    except queue.Empty:
        print("empty again")
