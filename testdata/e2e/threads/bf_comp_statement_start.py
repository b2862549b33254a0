import threading

totals = [0, 0, 0]
lock = threading.Lock()

def add(idx, amount):
    with lock:
        totals[idx] += amount

def main():
    threads = []
    for idx in range(3):
        for amount in (1, 2):
            threads.append(threading.Thread(target=add, args=(idx, amount)))
    [t.start() for t in threads]
    [t.join() for t in threads]
    print(totals)

main()
