from threading import Thread


def f(x):
    for i in range(x):
        print(i)
Thread(target=f, args=[100]).start()
Thread(target=f, args=[100]).start()
