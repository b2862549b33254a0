import multiprocessing
from concurrent.futures import ProcessPoolExecutor


def grow(items, table):
    items.append(len(items))
    table["n"] = table.get("n", 0) + 1
    return items


def total(row):
    row.append(0)
    return sum(row)


def square_all(xs):
    for i in range(len(xs)):
        xs[i] = xs[i] * xs[i]
    return xs


if __name__ == "__main__":
    data = [1, 2]
    table = {"n": 0}
    p = multiprocessing.Process(target=grow, args=(data, table))
    p.start()
    p.join()
    print("after Process", data, table)

    rows = [[1, 2], [3, 4]]
    with multiprocessing.Pool(2) as pool:
        print(pool.map(total, rows), rows)
        r = pool.apply_async(grow, (data, table))
        got = r.get()
        got.append("parent")
        print(got, data, table)
        print(pool.apply(square_all, ([3, 4],)), pool.starmap(grow, [([7], {})]))

    with ProcessPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(square_all, data)
        print(fut.result(), data)
        print(list(ex.map(total, rows)), rows)
