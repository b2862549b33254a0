import threading

def main():
    results = []
    threads = []
    for i in range(3):
        def task():
            results.append(i)
        t = threading.Thread(target=task)
        threads.append(t)
    for t in threads:
        t.start()
        t.join()
    print(results)

main()
