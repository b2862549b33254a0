import multiprocessing


def check(x):
    if x % 2:
        raise ValueError("odd %d" % x)
    return x * 10


def on_ok(v):
    print("ok", v)


def on_err(e):
    print("error", type(e).__name__, e)


if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    results = []
    for i in range(4):
        results.append(pool.apply_async(check, (i,), callback=on_ok, error_callback=on_err))
    pool.close()
    pool.join()
    print([r.successful() for r in results])
