import math
from concurrent.futures import ThreadPoolExecutor


def run(fn, *args):
    return fn(*args)


nums = [4, 9, 16]
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(math.sqrt, nums)))
    print(list(ex.map(len, ["xy", "z"])))
    fut = ex.submit(sorted, [3, 1, 2])
    print(fut.result())
print(run(max, 3, 7), run(min, nums), run(str, 5), run(sum, nums), run(sorted, "cab"))
with ThreadPoolExecutor(1) as ex:
    print(list(ex.map(print, ["a", "b"])))
handlers = [print, repr]
for h in handlers:
    h("handled")
table = {"upper": str.upper, "lower": str.lower, "title": str.title}
for name in sorted(table):
    print(name, table[name]("hello World"))
