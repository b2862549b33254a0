import threading

x, y = 0, 0

def move(dx, dy):
    global x, y
    x, y = x + dx, y + dy

steps = [(1, 0), (0, 2), (3, 3)]
for dx, dy in steps:
    t = threading.Thread(target=move, args=(dx, dy))
    t.start()
    t.join()
print(x, y)
