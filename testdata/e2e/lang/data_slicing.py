xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[-3:], xs[:-7])
print(xs[::2], xs[1::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2])
s = "hello, world"
print(s[:5], s[7:], s[::-1], s[::3], s[-5:-1])
n = 2
print(xs[n:n + 3], s[n:])
ys = xs[:]
ys[0] = 99
print(xs[0], ys[0])
