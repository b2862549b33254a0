from multiprocessing import JoinableQueue, Process


def worker(q):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        print("processed", item)
        q.task_done()


if __name__ == "__main__":
    q = JoinableQueue()
    p = Process(target=worker, args=(q,))
    p.start()
    for i in range(3):
        q.put(i)
    q.put(None)
    q.join()
    print("all tasks done")
    p.join()
