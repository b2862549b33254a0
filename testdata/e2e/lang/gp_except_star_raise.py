def show(name, f):
    try:
        f()
    except BaseException as e:
        print(name, repr(e), repr(e.__context__))


def reraise_plain():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def raise_new_in_group():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_new_plain():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("new")


def reraise_part():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError as eg:
        print("types", eg.exceptions)


def match_all():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* Exception as eg:
        print("all", repr(eg))


def base_group():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as eg:
        print("base", repr(eg))


def catch_group_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup as eg:
        print("never", repr(eg))


def with_loop():
    total = 0
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            total += i
        except* ValueError as eg:
            total += 100
            for e in eg.exceptions:
                print("in loop", e)
    print("total", total)


show("reraise_plain", reraise_plain)
show("raise_new_in_group", raise_new_in_group)
show("raise_new_plain", raise_new_plain)
show("reraise_part", reraise_part)
show("match_all", match_all)
show("base_group", base_group)
show("catch_group_type", catch_group_type)
show("with_loop", with_loop)
