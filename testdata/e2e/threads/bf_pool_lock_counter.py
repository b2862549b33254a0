import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

counter = 0
lock = threading.Lock()

def incr(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
    return n

def main():
    with ThreadPoolExecutor(max_workers=4) as ex:
        futures = [ex.submit(incr, 100) for _ in range(4)]
        total = sum(f.result() for f in as_completed(futures))
    print(total, counter)

if __name__ == "__main__":
    main()
