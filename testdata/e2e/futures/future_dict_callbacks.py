import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


def my_func(param1, timeout=0.01):
    time.sleep(timeout)
    if param1 == 3:
        raise RuntimeError(f"mission {param1} failed")
    return param1 * 10


def my_callback(fut):
    if fut.exception() is not None:
        print("callback error:", fut.exception())
    else:
        print("callback result:", fut.result())


def main():
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="mission") as executor:
        futs = {executor.submit(my_func, i, 0.02 * (4 - i)): i for i in range(4)}
        for f in futs:
            f.add_done_callback(my_callback)
        done, not_done = wait(futs, return_when=FIRST_COMPLETED)
        print("first batch", len(done) >= 1)
        results = {}
        for fut in as_completed(futs, timeout=2):
            i = futs[fut]
            try:
                results[i] = fut.result()
            except RuntimeError as e:
                results[i] = str(e)
        print(sorted(results.items()))
    try:
        executor.submit(my_func, 9)
    except RuntimeError as e:
        print("after shutdown:", e)


if __name__ == "__main__":
    main()
