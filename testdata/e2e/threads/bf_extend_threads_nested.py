import threading

def main():
    seen = []
    lock = threading.Lock()
    def record(tag):
        with lock:
            seen.append(tag)
    threads = []
    for tag in ("x", "y"):
        threads += [threading.Thread(target=record, args=(tag + str(k),)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(seen))

if __name__ == "__main__":
    main()
