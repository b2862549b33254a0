# Stackless greenlets (only sleep statements) and coroutine ones (they
# wait inside a loop or in a helper) share the hub's ready queue in
# spawn and yield order.
import gevent


def pause():
    gevent.sleep(0)


def looper(name):
    for i in range(3):
        print(name, "turn", i)
        gevent.sleep(0)
    return name


def stepper(name):
    print(name, "turn", 0)
    gevent.sleep(0)
    print(name, "turn", 1)
    gevent.sleep(0)
    print(name, "turn", 2)
    return name


def helper_user(name):
    print(name, "turn", 0)
    pause()
    print(name, "turn", 1)
    gevent.sleep(0)
    print(name, "turn", 2)
    return name


gs = [gevent.spawn(looper, "L"), gevent.spawn(stepper, "S"), gevent.spawn(helper_user, "H"),
      gevent.spawn(stepper, "T")]
gevent.joinall(gs)
print([g.value for g in gs])
