class MyErr(Exception):
    pass


def f():
    try:
        raise KeyError("k")
    except KeyError as e:
        raise MyErr("wrapped")


try:
    f()
except MyErr as e:
    print("caught", e, repr(e.__context__))
