import gevent


def task(i):
    gevent.sleep(0.01 * i)
    if i == 3:
        raise ValueError(f"task {i} exploded")
    print("task", i, "ok")
    return i


jobs = [gevent.spawn(task, i) for i in range(1, 6)]
try:
    gevent.joinall(jobs, raise_error=True)
except ValueError as e:
    print("joinall raised:", e)
gevent.joinall(jobs)
for j in jobs:
    print(j.successful(), j.value, repr(j.exception))
