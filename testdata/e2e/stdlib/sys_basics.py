import sys

print(len(sys.argv), ".py" in sys.argv[0])
print(sys.platform, sys.maxsize, sys.byteorder)
print(sys.version_info[0], sys.version_info >= (3, 8))
sys.stdout.write("written\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("err line\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)


def check(x):
    if x > 2:
        print("too big, exiting")
        sys.exit(3)
    print("ok", x)


for i in range(5):
    check(i)
print("not reached")
