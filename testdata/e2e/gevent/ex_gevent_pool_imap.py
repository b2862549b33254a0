import gevent
from gevent.pool import Pool


def square(n):
    gevent.sleep(0.01 * (5 - n))
    return n * n


pool = Pool(5)
print("map:", pool.map(square, range(5)))
print("imap_unordered:", list(pool.imap_unordered(square, range(5))))
total = 0
for value in pool.imap(square, [4, 2, 3]):
    total += value
    print("imap ->", value)
print("total", total)
