import gevent


def compute(name, delay):
    gevent.sleep(delay)
    return f"{name} after {delay}"


jobs = [gevent.spawn(compute, n, d) for n, d in [("slow", 0.03), ("fast", 0.01), ("mid", 0.02)]]
for g in gevent.iwait(jobs):
    print("finished:", g.value)
done = gevent.wait(jobs)
print(len(done), "greenlets done")
