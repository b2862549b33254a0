from concurrent.futures import ThreadPoolExecutor, wait

def square(x):
    return x * x

def run():
    with ThreadPoolExecutor() as pool:
        futs = {pool.submit(square, n): n for n in range(5)}
        done, _ = wait(futs)
        res = {futs[f]: f.result() for f in done}
    return res

r = run()
print([r[k] for k in sorted(r)])
