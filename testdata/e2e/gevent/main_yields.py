import gevent


def w(name):
    for step in ["a", "b", "c"]:
        print(name, step)
        gevent.sleep(0)


gevent.spawn(w, "X")
gevent.spawn(w, "Y")
gevent.spawn(w, "Z")
for i in range(1, 5):
    print("main", i)
    gevent.sleep(0)
print("end")
