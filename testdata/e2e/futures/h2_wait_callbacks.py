from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION
import time

def task(n):
    time.sleep(n / 100)
    if n == 3:
        raise ValueError("three")
    return n * n

def main():
    with ThreadPoolExecutor(4) as ex:
        fs = [ex.submit(task, n) for n in (5, 1, 3, 8)]
        done, pending = wait(fs, return_when=FIRST_COMPLETED)
        print(len(done) >= 1, [f.result() for f in done])
        done, pending = wait(fs, return_when=FIRST_EXCEPTION)
        print(sorted(f.exception() is not None for f in done))
        done, pending = wait(fs)
        results = []
        for f in fs:
            if f.exception():
                results.append(f"err:{f.exception()}")
            else:
                results.append(f.result())
        print(results)
    futures = []
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as ex:
        for i in range(4):
            fut = ex.submit(task, i)
            fut.add_done_callback(lambda f, i=i: print(f"cb {i}", "exc" if f.exception() else f.result()))
            futures.append(fut)
    time.sleep(0.05)
    ex2 = ThreadPoolExecutor(2)
    f = ex2.submit(task, 2)
    ex2.shutdown(wait=True)
    print(f.result(), f.done())
    try:
        ex2.submit(task, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

main()
