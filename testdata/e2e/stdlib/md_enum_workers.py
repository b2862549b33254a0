"""Enum members passed to threads and to process-pool workers stay the
parent's members: equal, identical, usable as dict keys."""
import threading
from concurrent.futures import ThreadPoolExecutor
from enum import Enum
from multiprocessing import Pool


class Level(Enum):
    DEBUG = 10
    INFO = 20
    ERROR = 40


def classify(n):
    if n % 5 == 0:
        return Level.ERROR
    if n % 2 == 0:
        return Level.INFO
    return Level.DEBUG


def weight(level):
    return (level.name, level.value * 2, level is Level.ERROR)


results = {}
lock = threading.Lock()


def record(level, n):
    with lock:
        results.setdefault(level, []).append(n)


if __name__ == "__main__":
    with Pool(2) as pool:
        levels = pool.map(classify, range(1, 11))
        print(levels)
        print([lv is Level.ERROR for lv in levels].count(True), levels[4] is Level.ERROR, levels[4] == Level.ERROR)
        print(pool.map(weight, list(Level)))
    threads = [threading.Thread(target=record, args=(lv, i)) for i, lv in enumerate(levels)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for lv in Level:
        print(lv, sorted(results.get(lv, [])))
    with ThreadPoolExecutor(max_workers=3) as ex:
        names = list(ex.map(lambda lv: lv.name.title(), Level))
    print(names)
