import threading

def main():
    buckets = [[] for _ in range(3)]
    def fill(i):
        buckets[i] += [i] * (i + 1)
    ts = [threading.Thread(target=fill, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(buckets)

main()
