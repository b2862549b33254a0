def take_until(xs, stop):
    for x in xs:
        if x == stop:
            print("stopping at", x)
            return
        yield x
    print("exhausted")


for v in take_until([1, 2, 3, 4], 3):
    print("got", v)
for v in take_until([1, 2], 9):
    print("got", v)


def noisy():
    for i in range(100):
        print("producing", i)
        yield i


for v in noisy():
    if v == 2:
        break
print("done")
