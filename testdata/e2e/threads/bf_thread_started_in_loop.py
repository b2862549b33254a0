import threading
def main():
    ts = []
    out = []
    lock = threading.Lock()
    def add(v):
        with lock:
            out.append(v)
    for i in range(3):
        t = threading.Thread(target=lambda: add(i))
        t.start()
        ts.append(t)
    for t in ts:
        t.join()
    print(len(out))
main()
