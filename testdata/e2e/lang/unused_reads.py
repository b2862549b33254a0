# Variables whose only read is dropped: a loop variable stored into a
# variable nobody reads, and a name deleted after use. Go rejects unused
# variables; Python does not care.
import threading


def compute(n):
    return n * 2


def worker(results):
    for i in range(3):
        result = compute(i)
    last = 0
    for j in range(3):
        last = j
    results.append("done")


def cleanup():
    big = [1, 2, 3]
    total = sum(big)
    del big
    print(total)


results = []
t = threading.Thread(target=worker, args=(results,))
t.start()
t.join()
print(results)
cleanup()
for k in range(2):
    unused = k
print("end")
