from multiprocessing import Manager, Process


def fill(shared, table, i):
    shared.append(i)
    table[i] = i * i


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.list()
        table = manager.dict()
        ps = [Process(target=fill, args=(shared, table, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(shared))
        print(sorted(table.items()))
        start = manager.list(range(3))
        print(list(start), len(table))
