import threading

never = threading.Event()


def forever():
    never.wait()
    print("never printed")


t = threading.Thread(target=forever, daemon=True)
t.start()
print("daemon:", t.daemon)
print("main exits")
