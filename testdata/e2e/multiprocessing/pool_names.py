import multiprocessing


def who(x):
    return multiprocessing.current_process().name.startswith("ForkPoolWorker-")


if __name__ == "__main__":
    print(multiprocessing.current_process().name)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(who, range(4)))
    print(multiprocessing.current_process().name)
