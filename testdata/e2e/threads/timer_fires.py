import threading


def ring(who):
    print("ring for", who)


t = threading.Timer(0.05, ring, args=("ann",))
t.start()
t.join()
c = threading.Timer(5, ring, args=("bob",))
c.start()
c.cancel()
c.join()
print("cancelled timer did not fire")
