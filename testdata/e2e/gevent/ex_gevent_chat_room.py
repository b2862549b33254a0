import gevent
from gevent.queue import Queue


class Room:
    def __init__(self, name):
        self.name = name
        self.inboxes = {}

    def join(self, user):
        self.inboxes[user] = Queue()
        self.broadcast("system", f"{user} joined")

    def broadcast(self, sender, text):
        for user, inbox in self.inboxes.items():
            if user != sender:
                inbox.put((sender, text))


def listener(room, user, expected):
    got = []
    for _ in range(expected):
        sender, text = room.inboxes[user].get()
        got.append(f"{sender}>{text}")
    print(f"[{user}] " + " | ".join(got))


room = Room("lobby")
for u in ("ann", "bob", "cy"):
    room.join(u)
listeners = [gevent.spawn(listener, room, "ann", 4), gevent.spawn(listener, room, "bob", 3), gevent.spawn(listener, room, "cy", 2)]
gevent.sleep(0)
room.broadcast("ann", "hi all")
room.broadcast("cy", "hey")
gevent.joinall(listeners, timeout=1)
print("sizes:", {u: q.qsize() for u, q in room.inboxes.items()})
