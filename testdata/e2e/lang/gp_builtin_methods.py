import functools
from concurrent.futures import ThreadPoolExecutor

lines = [" a1 ", "b2", " 33 "]
print(list(map(str.strip, lines)))
print(list(filter(str.isdigit, [s.strip() for s in lines])))
print(functools.reduce(max, [3, 9, 2]))
print(sorted(["b", "A", "c"], key=str.lower))
conv = {"int": int, "float": float}
print({k: f("2") for k, f in conv.items()})
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(str.upper, ["x", "y"])))
    print(list(ex.map(int, ["4", "5"])))
