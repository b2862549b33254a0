from multiprocessing import Process


def raiser(x):
    raise ValueError("in child %d" % x)


if __name__ == "__main__":
    p = Process(target=raiser, args=(7,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
