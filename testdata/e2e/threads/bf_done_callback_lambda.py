# Lambdas given to add_done_callback and apply_async's callback: their
# results are dropped, whatever they are.
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool


def sq(x):
    return x * x


results = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(sq, 3)
    f.result()
    f.add_done_callback(lambda f: print("done", f.result()))
    g = ex.submit(sq, 4)
    g.result()
    g.add_done_callback(lambda f: results.append(f.result()))
    h = ex.submit(sq, 5)
    h.result()
    h.add_done_callback(lambda f: f.result() + 1)
print(results)


def run():
    got = []
    with ThreadPoolExecutor(max_workers=1) as ex:
        fut = ex.submit(sq, 6)
        fut.result()
        fut.add_done_callback(lambda f: got.append(f.result()))
        fut.add_done_callback(lambda f: len(got))
    print(got)
    with Pool(1) as p:
        r = p.apply_async(sq, (7,), callback=lambda v: got.append(v))
        r.wait()
    print(got)


run()
