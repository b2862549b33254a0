# Greenlets whose functions never wait run in one step each; their values,
# failures (reported on stderr with the traceback) and order of running
# are gevent's.
import gevent


def square(x):
    print("square", x)
    return x * x


def check(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x


def note(tag, n=2):
    print("note", tag, n)


gs = [gevent.spawn(square, i) for i in range(4)]
cs = [gevent.spawn(check, i) for i in range(2, 5)]
ns = [gevent.spawn(note, "a"), gevent.spawn(note, "b", n=5)]
print("spawned")
gevent.joinall(gs + cs + ns)
print([g.value for g in gs], [c.value for c in cs], [n.value for n in ns])
print([c.successful() for c in cs], repr(cs[1].exception))
try:
    cs[1].get()
except ValueError as e:
    print("get raised", e)
