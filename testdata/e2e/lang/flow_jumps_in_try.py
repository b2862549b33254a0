def find(xs, target):
    for i in range(len(xs)):
        try:
            if xs[i] == target:
                return i
            if xs[i] < 0:
                continue
            if xs[i] > 100:
                break
        finally:
            print("checked", i)
    else:
        print("no break")
    return -1

print(find([1, 2, 3], 2))
print(find([1, -2, 300, 4], 4))
print(find([1, 2], 9))

def f():
    try:
        return 1
    finally:
        print("finally")

print(f())

def g(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            return n
        except ValueError:
            print("caught")
            raise
    except ValueError as e:
        print("outer", e)
        return -1

print(g(0), g(5))

def h():
    for i in range(5):
        try:
            pass
        finally:
            if i == 2:
                break
    return i
print(h())
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
