import threading

ping = threading.Event()
pong = threading.Event()


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        print("pong", i)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    print("ping", i)
    ping.set()
    pong.wait()
    pong.clear()
t.join()
