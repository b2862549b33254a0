import threading
items = []
def add_many(*xs):
    global items
    items += xs
    items.extend(reversed(xs))
t = threading.Thread(target=add_many, args=(1, 2))
t.start(); t.join()
print(items)
