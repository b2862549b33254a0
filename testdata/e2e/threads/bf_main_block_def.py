from concurrent.futures import ThreadPoolExecutor, as_completed

if __name__ == "__main__":
    data = {"a": 1, "b": 2, "c": 3}
    with ThreadPoolExecutor(max_workers=3) as ex:
        def compute(key):
            return key, data[key] ** 2
        futs = [ex.submit(compute, k) for k in data]
        out = dict(f.result() for f in as_completed(futs))
    print(sorted(out.items()))
