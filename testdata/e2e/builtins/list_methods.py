# list methods on a list of ints.
xs = [5, 3, 8, 1]
xs.append(9)
xs.extend([2, 7])
xs.insert(0, 100)
xs.insert(-1, 50)
xs.insert(99, 0)
print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(8)
print(xs, xs.index(1), xs.count(5), len(xs))
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
ys = xs.copy()
ys.append(-1)
print(xs, ys)
xs.clear()
print(xs, len(xs))
try:
    xs.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    ys.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    ys.index(42)
except ValueError as e:
    print("ValueError:", e)
