# Stackless greenlets that sleep inside loops of their body: for over
# range (with a negative step too), while with a changing condition, while
# True left by return, two sleeps in one turn, a loop that never turns,
# the loop variable after the loop, and one never read.
import gevent


def counter(name, n):
    total = 0
    for i in range(n):
        total += i
        print(name, "turn", i)
        gevent.sleep(0)
        print(name, "after", i)
    print(name, "counted", total)
    return total


def countdown(name, k):
    while k > 0:
        print(name, "k", k)
        gevent.sleep(0)
        k -= 2
        gevent.sleep(0)
    for j in range(10, 0, -4):
        gevent.sleep(0)
        print(name, "j", j)
    return k, j


def first_over(name, limit):
    value = 1
    while True:
        value *= 3
        gevent.sleep(0)
        if value > limit:
            print(name, "found", value)
            return value
        print(name, "still", value)


def empty(name):
    x = "unset"
    for x in range(0):
        gevent.sleep(0)
    print(name, "x is", x)
    gevent.sleep(0)
    return x


def pulse(name, n):
    beats = 0
    for _ in range(n):
        gevent.sleep(0)
        beats += 1
    print(name, "beats", beats)
    return beats


gs = [gevent.spawn(pulse, "p", 2), gevent.spawn(counter, "a", 3), gevent.spawn(countdown, "b", 3), gevent.spawn(first_over, "c", 20),
      gevent.spawn(counter, "d", 0), gevent.spawn(empty, "e")]
gevent.joinall(gs)
print([g.value for g in gs])
