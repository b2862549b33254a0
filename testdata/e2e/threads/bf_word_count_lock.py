import threading

counts = {}
lock = threading.Lock()

def count_words(text):
    for w in text.split():
        with lock:
            counts[w] = counts.get(w, 0) + 1

texts = ["a b a", "b c", "a c c"]
ts = []
for text in texts:
    ts.append(threading.Thread(target=count_words, args=(text,)))
    ts[-1].start()
for t in ts:
    t.join()
print(sorted(counts.items()))
