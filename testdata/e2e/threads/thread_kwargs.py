import threading


def report(name, count=1, sep="-"):
    print(name, count, sep)


t = threading.Thread(target=report, args=("ab",), kwargs={"count": 3, "sep": "+"})
t.start()
t.join()
u = threading.Thread(target=report, kwargs={"name": "solo"})
u.start()
u.join()
tm = threading.Timer(0.01, report, args=("tm",), kwargs={"sep": "/", "count": 2})
tm.start()
tm.join()
