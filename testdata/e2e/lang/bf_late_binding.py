# Closures read a loop variable when they run, as Python's late binding
# says; a default argument keeps each value.
import threading

fs = [lambda: q for q in range(3)]
print([f() for f in fs])
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
out = []


def work(n):
    out.append(n)


for i in range(3):
    t = threading.Thread(target=lambda: work(i))
    t.start()
    t.join()
print(out)


def local():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    print([g() for g in funcs])
    for x in [1, 2]:
        y = x * 2
        funcs.append(lambda: y)
    print([g() for g in funcs])
    for k in range(3):
        print((lambda: k)())
    ts = []
    got = []
    for n in range(3):
        ts.append(threading.Thread(target=lambda: got.append(n)))
    for t in ts:
        t.start()
        t.join()
    for n2 in range(3):
        t = threading.Thread(target=lambda: got.append(n2))
        t.start()
        t.join()
    print(got)
    defs = []
    for m in range(2):
        def h():
            return m
        defs.append(h)
    print([d() for d in defs])
    hs = [lambda: q * 10 for q in range(3)]
    print([h() for h in hs])
    pairs = {k: (lambda: k) for k in "ab"}
    print({k: v() for k, v in pairs.items()})
    same = [(lambda: z)() for z in range(3)]
    print(same)
    ws = [threading.Thread(target=lambda: got.append(w)) for w in range(3)]
    for t in ws:
        t.start()
        t.join()
    print(got)
    print(sorted(range(3), key=lambda v: -v * k))


local()
gs = [lambda: q + 1 for q in range(2)]
print([g() for g in gs])
q = 5
print(q)
