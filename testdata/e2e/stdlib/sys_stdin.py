import sys

data = sys.stdin.read()
print(repr(data), len(data))
print(repr(sys.stdin.readline()), sys.stdin.readlines())
count = 0
for line in sys.stdin:
    count += 1
print("lines:", count)
