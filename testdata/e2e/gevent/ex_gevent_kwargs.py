import gevent


def greet(name, greeting="Hello", punctuation="!"):
    gevent.sleep(0.001)
    return f"{greeting}, {name}{punctuation}"


g1 = gevent.spawn(greet, "Ada")
g2 = gevent.spawn(greet, "Linus", greeting="Hi")
g3 = gevent.spawn(greet, name="Guido", punctuation="?")
gevent.joinall([g1, g2, g3])
for g in (g1, g2, g3):
    print(g.value)
