import threading

def main():
    counter = [0]
    lock = threading.Lock()
    def inc():
        for _ in range(1000):
            with lock:
                counter[0] += 1
    ts = [threading.Thread(target=inc) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    print(counter[0])

main()
