import threading


def work():
    print("inside:", threading.current_thread().name)


a = threading.Thread(target=work)
b = threading.Thread(target=work, name="custom")
c = threading.Thread(target=work)
print(a.name, b.name, c.name)
for t in [a, b, c]:
    t.start()
    t.join()
print("main:", threading.current_thread().name, threading.main_thread().name)
