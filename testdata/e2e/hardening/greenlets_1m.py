import gevent


def work(n):
    return n % 7


jobs = [gevent.spawn(work, n) for n in range(1000000)]
gevent.joinall(jobs)
print(sum(j.value for j in jobs))
