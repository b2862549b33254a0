from concurrent.futures import ThreadPoolExecutor, as_completed


def one():
    return 1


with ThreadPoolExecutor(2) as ex:
    f = ex.submit(one)
    n = 0
    for x in as_completed([f, f, f]):
        n += 1
    print("yielded", n)
