from multiprocessing import Pipe, Process


def worker(conn, scale):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        msg.append("seen")
        conn.send([x * scale for x in msg[:-1]])
    conn.send("bye")
    conn.close()


def producer(w):
    for i in range(3):
        w.send(i)
    w.close()


if __name__ == "__main__":
    parent, child = Pipe()
    p = Process(target=worker, args=(child, 10))
    p.start()
    child.close()
    data = [1, 2, 3]
    parent.send(data)
    print(parent.recv(), data)
    parent.send([4])
    print(parent.recv())
    parent.send(None)
    print(parent.recv())
    p.join()
    print("poll after exit", parent.poll())
    try:
        parent.recv()
    except EOFError:
        print("EOFError")
    parent.close()
    try:
        parent.send(1)
    except OSError as e:
        print("OSError", e)

    r, w = Pipe(duplex=False)
    q = Process(target=producer, args=(w,))
    q.start()
    w.close()
    got = []
    while True:
        try:
            got.append(r.recv())
        except EOFError:
            break
    q.join()
    print(got, r.poll(0.01))
    try:
        r.send(5)
    except OSError as e:
        print("OSError", e)
