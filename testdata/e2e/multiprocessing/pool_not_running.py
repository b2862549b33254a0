from multiprocessing import Pool


def one(x):
    return x


if __name__ == "__main__":
    pool = Pool(2)
    try:
        pool.join()
    except ValueError as e:
        print("join:", e)
    pool.close()
    for attempt in range(2):
        try:
            pool.apply_async(one, (1,))
        except ValueError as e:
            print("apply_async:", e)
    try:
        pool.map(one, [1, 2])
    except ValueError as e:
        print("map:", e)
    pool.join()
    pool.join()
    pool.terminate()
    print("end")
