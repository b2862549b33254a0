import threading
import time
from collections import deque

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.lock = threading.Lock()
        self.granted = 0
        self.denied = 0

    def try_take(self, n=1):
        with self.lock:
            if self.tokens >= n:
                self.tokens -= n
                self.granted += 1
                return True
            self.denied += 1
            return False

    def refill(self, amount):
        with self.lock:
            self.tokens = min(self.capacity, self.tokens + amount)

class SlidingWindow:
    def __init__(self, size):
        self.events = deque(maxlen=size)

    def record(self, t):
        self.events.append(t)

    def span(self):
        return self.events[-1] - self.events[0] if len(self.events) > 1 else 0

def client(bucket, n, results, idx):
    ok = 0
    for _ in range(n):
        if bucket.try_take():
            ok += 1
    results[idx] = ok

def main():
    bucket = TokenBucket(rate=10, capacity=20)
    results = [0] * 4
    threads = [threading.Thread(target=client, args=(bucket, 10, results, i)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sum(results), bucket.granted, bucket.denied, bucket.tokens)
    bucket.refill(5)
    print(bucket.tokens, bucket.try_take(5), bucket.try_take(1))
    w = SlidingWindow(3)
    for t in [1, 4, 9, 16]:
        w.record(t)
    print(list(w.events), w.span())
    retries = 0
    delay = 0.001
    while retries < 4:
        if bucket.try_take(3):
            break
        retries += 1
        time.sleep(delay)
        delay *= 2
        bucket.refill(1)
    print("retries", retries, f"delay={delay:.3f}")

main()
