# Greenlets whose only waits are gevent.sleep statements run as steps:
# the order of sleep(0) turns, locals kept across sleeps, early returns,
# functions returning nothing, and the same function called directly.
import gevent

log = []


def worker(name, rounds):
    total = 0
    print(f"{name} start")
    gevent.sleep(0)
    total += rounds
    label = f"{name}:{total}"
    print(label, "first")
    gevent.sleep()
    if rounds == 2:
        print(label, "leaves early")
        return -1
    total *= 10
    log.append(name)
    gevent.sleep(0)
    print(label, "end", total)
    return total


def note(x):
    gevent.sleep(0)
    log.append(f"note {x}")


def summary(values):
    return sum(v for v in values if v > 0)


gs = [gevent.spawn(worker, f"w{i}", i) for i in range(4)]
n = gevent.spawn(note, 7)
gevent.joinall(gs + [n])
values = [g.value for g in gs]
print(values, n.value, summary(values))
print(log)
print(worker("direct", 1))
print([g.dead for g in gs], [g.successful() for g in gs])
