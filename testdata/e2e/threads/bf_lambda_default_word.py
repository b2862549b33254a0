import threading

def main():
    results = []
    threads = []
    for word in "the quick brown fox".split():
        t = threading.Thread(target=lambda w=word: results.append(len(w)))
        threads.append(t)
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))

main()
