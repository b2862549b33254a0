import threading

lock = threading.Lock()


def first_negative(xs):
    for i in range(len(xs)):
        try:
            if xs[i] < 0:
                return i
            if xs[i] == 0:
                continue
            print("positive", xs[i])
        except IndexError:
            break
        finally:
            print("checked", i)
    else:
        print("none negative")
    return -1


def locked_get(d, key):
    with lock:
        if key not in d:
            return None
        value = d[key]
    print("read", key)
    return value


print(first_negative([3, 0, -2]))
print(locked_get({"a": 1}, "a"), locked_get({}, "b"))
