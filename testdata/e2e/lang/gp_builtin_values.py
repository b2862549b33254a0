from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

xs = [3, -1, 2]
words = ["pear", "fig", "banana"]

f = str
print(f(3), repr(f(4)))
g = abs
print(g(-5))
print(list(map(str, xs)))
print(sorted(words, key=len))
print(max(words, key=len), min(xs, key=abs))
ops = {"len": len, "abs": abs, "str": str}
print(ops["len"](words), ops["abs"](-7), ops["str"](1.5))
conv = [int, float, str]
print([c("7") for c in conv])
print(conv, ops["len"], max)
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(str, xs)))
    print(ex.submit(len, words).result())
    print(ex.submit(sum, xs).result())


def apply(fn, value):
    return fn(value)


print(apply(len, "abcd"), apply(str.upper, "abc"), apply(int, "12"))

if __name__ == "__main__":
    with Pool(2) as pool:
        print(pool.map(abs, xs))
        print(pool.map(len, words))
