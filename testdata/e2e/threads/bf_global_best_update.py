from concurrent.futures import ThreadPoolExecutor

best = None
best_score = -1

def score(word):
    return sum(ord(c) for c in word) % 97

def update(word, s):
    global best, best_score
    if s > best_score:
        best, best_score = word, s

words = ["alpha", "beta", "gamma", "delta"]
with ThreadPoolExecutor(max_workers=2) as ex:
    scores = list(ex.map(score, words))
for w, s in zip(words, scores):
    update(w, s)
print(best, best_score)
