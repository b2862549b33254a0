import threading

events = []

def run_all(callbacks):
    for cb in callbacks:
        cb()

def main():
    cbs = []
    for name in ["a", "b", "c"]:
        def cb(name=name):
            events.append(name.upper())
        cbs.append(cb)
    t = threading.Thread(target=run_all, args=(cbs,))
    t.start()
    t.join()
    print(events)

main()
