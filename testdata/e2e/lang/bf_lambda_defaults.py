# A lambda's default values are evaluated where the lambda is made: the
# `i=i` idiom keeps each loop value.
import threading

keep = []
for i in range(3):
    keep.append(lambda i=i: i)
print([f() for f in keep])


def make_printer(tag):
    return lambda msg, t=tag.upper(): print(t, msg)


def local():
    adders = [lambda x, n=n: x + n for n in range(3)]
    print([a(10) for a in adders])
    mult = [lambda x, n=n, k=2: x * n * k for n in range(2)]
    print([m(1) for m in mult])
    out = []
    ts = []
    for w in range(3):
        ts.append(threading.Thread(target=lambda w=w: out.append(w)))
    for t in ts:
        t.start()
        t.join()
    print(out)
    base = 5
    f = lambda y, b=base: y + b
    base = 100
    print(f(1), base)
    p = make_printer("info")
    p("hello")
    late = []
    for s in ["a", "b"]:
        late.append(lambda: s)
        late.append(lambda s=s: s)
    print([g() for g in late])


local()
