import multiprocessing


def producer(q, acks, rows):
    batch = []
    for r in rows:
        batch.append(r * 2)
        q.put(batch)
        acks.get()
    print("producer still has", batch)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    acks = multiprocessing.Queue()
    p = multiprocessing.Process(target=producer, args=(q, acks, [1, 2, 3]))
    p.start()
    got = []
    for _ in range(3):
        item = q.get()
        item.append("seen")
        got.append(item)
        acks.put(True)
    p.join()
    print(got)
