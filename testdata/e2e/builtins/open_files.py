# open() for text files: write, read, readline(s), iteration, append.
path = "/tmp/py2go_builtins_open_test.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\nthird")
    print(n, f.closed)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
f = open(path, "a")
f.write("\nfourth\n")
print("appended", file=f)
f.close()
f = open(path, "r")
for line in f:
    print(line.rstrip("\n").upper())
f.close()
try:
    open("no/such/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
