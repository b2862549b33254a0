# Defs whose defaults are not literals, made more than once: each keeps
# the values of its own def statement.
import threading

handlers = []
for level in ["debug", "info"]:
    def handle(msg, level=level, sep=": "):
        return level + sep + msg
    handlers.append(handle)
print([h("x") for h in handlers])


def make_greeter(greeting):
    def greet(name, g=greeting.title()):
        return f"{g}, {name}!"
    return greet


hello = make_greeter("hello")
hi = make_greeter("hi")
print(hello("Ann"), hi("Bob"))


def main():
    out = []
    workers = []
    for i in range(3):
        def work(i=i, scale=10):
            out.append(i * scale)
        workers.append(threading.Thread(target=work))
    for w in workers:
        w.start()
        w.join()
    print(out)
    count = 1
    def show(c=count):
        print("count was", c)
    count = 2
    show()


main()
