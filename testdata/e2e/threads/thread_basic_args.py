import threading


def greet(name, times):
    for i in range(times):
        print("hello", name, i)


t = threading.Thread(target=greet, args=("ann", 2))
t.start()
t.join()
u = threading.Thread(target=greet, args=["bob", 3])
u.start()
u.join()
print("done")
