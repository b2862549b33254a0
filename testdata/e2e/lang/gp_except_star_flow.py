def first_ok(values):
    for v in values:
        try:
            if v < 0:
                raise ValueError(v)
            return v
        except* ValueError as eg:
            print("skip", eg.exceptions)
    return None


def gen(n):
    for i in range(n):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except* KeyError:
            print("key error at", i)
            try:
                raise ExceptionGroup("inner", [TypeError("t"), OSError("o")])
            except* TypeError as inner:
                print("inner", repr(inner))
            except* OSError:
                print("os")
        finally:
            print("finally", i)


print(first_ok([-1, -2, 3, 4]))
print(list(gen(3)))
count = 0
while count < 3:
    count += 1
    try:
        if count == 2:
            continue
        raise ValueError(count)
    except* ValueError:
        print("loop", count)
print("end", count)
