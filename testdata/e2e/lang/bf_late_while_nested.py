def main():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    print([f() for f in fs])
    gs = []
    for i in range(2):
        for j in range(2):
            gs.append(lambda: (i, j))
    print([g() for g in gs])
    hs = []
    for i in range(2):
        k = i * 10
        hs.append(lambda: k)
        k += 1
    print([h() for h in hs])
main()
