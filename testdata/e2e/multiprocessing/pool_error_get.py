import multiprocessing


def fail(x):
    raise KeyError("missing %d" % x)


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        r = pool.apply_async(fail, (5,))
        r.wait()
        print("ready", r.ready(), "successful", r.successful())
        try:
            r.get()
        except KeyError as e:
            print("caught", repr(e))
