# range as a value: passed to functions, printed, indexed, sliced,
# compared, sampled, used as a dict key and held in lists.
import random


def describe(seq):
    return f"{seq!r}: len={len(seq)} first={seq[0] if seq else None} last={seq[-1] if seq else None}"


def total(seq):
    t = 0
    for v in seq:
        t += v
    return t


random.seed(11)
r = range(2, 20, 3)
print(r, len(r), r[1], r[-2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], r[5:2], list(r[1:4]))
print(describe(range(5)), describe(range(0)), describe(range(10, 0, -4)))
print(total(range(4)), total(r), sum(r), max(r), min(range(7, 3, -1)))
print(8 in r, 9 in r, 8.0 in r, r.index(11), r.count(5), r.count(4))
print(range(3) == range(0, 3), range(0) == range(5, 5), range(1, 2) == range(1, 2, 9))
print(random.sample(range(100), 4), random.choice(range(50, 60)))
spans = {range(3): "three", range(1, 4): "shifted"}
print(spans[range(0, 3)], len(spans))
rows = [range(2), range(1, 6, 2)]
print([len(x) for x in rows], [list(x) for x in rows], rows)
print(bool(range(0)), bool(range(1)), list(reversed(range(3))), sorted(r, reverse=True))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
