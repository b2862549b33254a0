from concurrent.futures import ThreadPoolExecutor

def main():
    names = ["ann", "bob"]
    greetings = []
    def greet(name):
        greetings.append(name.title())
    with ThreadPoolExecutor(max_workers=1) as ex:
        list(ex.map(greet, names))
        ex.map(greet, ["cy"])
    print(greetings)
    handlers = {}
    for ev in ["start", "stop"]:
        handlers[ev] = lambda ev=ev: print("handling", ev)
    for h in handlers.values():
        h()

main()
