from concurrent.futures import ThreadPoolExecutor


def ok():
    return 1


with ThreadPoolExecutor(1) as ex:
    f = ex.submit(ok)
    print(f.exception() is None, f.result())
