# A for loop over range() leaves the last item in its variable, and the
# body cannot change the iteration by assigning the variable.
def steps(n):
    for i in range(2, n):
        i += 3
        print(i, end=" ")
    print()
    for k in range(n):
        k = k * 2
        print(k, end=" ")
    print()
    for j in range(5):
        if j == 10:
            break
    print(j)
    for m in range(1, 20, 3):
        pass
    print(m)
    for d in range(10, 0, -4):
        pass
    print(d)
    last = -1
    for last in range(3, 3):
        pass
    print(last)
    for i in range(2, n):
        pass
    print(i, i * i)


steps(10)
t, f = True, False
print(t < f, f < t, t <= t, (1 < 2) < (3 < 4), t > 0, f < 1.5, t + t)
