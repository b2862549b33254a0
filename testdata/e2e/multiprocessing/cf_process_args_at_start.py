# A Process gets its arguments as they are when it starts (the fork copies
# the parent's memory then), not as they were at Process(...).
import multiprocessing as mp


class Config:
    def __init__(self):
        self.level = 1
        self.tags = []


def show(tag, items, opts, cfg, n):
    items.append("child")
    print(tag, items, opts, cfg.level, cfg.tags, n)


if __name__ == "__main__":
    items = [1, 2]
    opts = {"a": 1}
    cfg = Config()
    n = 5
    p = mp.Process(target=show, args=("p1", items, opts, cfg, n))
    items.append(3)
    opts["b"] = 2
    cfg.level = 2
    cfg.tags.append("x")
    n = 6
    p.start()
    items.append(4)
    p.join()
    q = mp.Process(target=show, kwargs={"tag": "p2", "items": items, "opts": opts, "cfg": cfg, "n": n})
    items.clear()
    q.start()
    q.join()
    procs = []
    for i in range(3):
        procs.append(mp.Process(target=show, args=("loop%d" % i, items, opts, cfg, i)))
        items.append(i)
    for pr in procs:
        pr.start()
        pr.join()
    print("parent", items, opts, cfg.level, cfg.tags, n)
