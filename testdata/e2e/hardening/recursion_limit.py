# Deep recursion raises RecursionError at CPython's limit, is caught, and
# the program goes on; sys.setrecursionlimit moves the limit both ways.
import sys

depth = 0


def dive(n):
    global depth
    depth = n
    dive(n + 1)


def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


try:
    dive(1)
except RecursionError as e:
    print("caught at", depth, "-", e)

for n in (900, 990, 998, 999, 1100):
    try:
        print(n, count(n))
    except RecursionError as e:
        print(n, "failed:", e)


def guarded():
    try:
        return count(10**5)
    except RecursionError:
        return "inner handler"


print(guarded())
print("still running, limit", sys.getrecursionlimit())
sys.setrecursionlimit(100)
try:
    dive(1)
except RecursionError:
    print("limit 100: caught at", depth)
sys.setrecursionlimit(10**6)
print(sys.getrecursionlimit(), count(200000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
