import multiprocessing

if __name__ == "__main__":
    try:
        multiprocessing.Pool(0)
    except ValueError as e:
        print("error:", e)
    pool = multiprocessing.Pool(-3)
