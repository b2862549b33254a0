from multiprocessing import Process


def work():
    print("working")


if __name__ == "__main__":
    p = Process(target=work)
    p.start()
    p.join()
    try:
        p.start()
    except AssertionError as e:
        print("error:", e)
