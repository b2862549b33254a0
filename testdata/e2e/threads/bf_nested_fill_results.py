import threading

def main():
    results = [None] * 4
    def fill(i):
        results[i] = i * i
    threads = [threading.Thread(target=fill, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(results)
    names = [t.name for t in threads]
    print(len(names))

main()
