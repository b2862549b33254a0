from concurrent.futures import ThreadPoolExecutor


def work():
    return 1


def badcb(fut):
    raise RuntimeError("cb failed")


def goodcb(fut):
    print("good callback ran")


with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(work)
    f.result()
    f.add_done_callback(badcb)
    f.add_done_callback(goodcb)
print("program continues")
